package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;
import static io.charterline.change.ChangeControlVariables.EARLIER_DECISIONS;
import static io.charterline.platform.process.FormText.escape;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the decisions already taken on a change on the task of the next person to decide (on {@code create}): the
 * board votes and the PMO chooses the window knowing that, and why, the sponsor approved, say. Read from the change
 * log, so every decision recorded so far is there, by name, with its reason (escaped) and when.
 */
@Component("showEarlierDecisions")
public class ShowEarlierDecisionsListener implements TaskListener {

    /** The change log's decisions by a person or the board, the questions before them, and how a form says them. */
    private static final Map<ChangeEvent, String> DECISIONS = Map.of(
            ChangeEvent.CLASSIFIED_BY_HAND, "classified it by hand",
            ChangeEvent.REROUTED_AS_NORMAL, "judged it no emergency",
            ChangeEvent.SPONSOR_APPROVED, "approved it as sponsor",
            ChangeEvent.APPROVED, "approved it",
            ChangeEvent.REJECTED, "rejected it",
            ChangeEvent.DEFERRED, "deferred it",
            ChangeEvent.WINDOW_OVERRIDDEN, "kept the requested window",
            // The requester's answers weighed in a decision, so those who decide later read them too.
            ChangeEvent.QUESTION_ASKED, "asked the requester",
            ChangeEvent.QUESTION_ANSWERED, "answered");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ChangeLogRepository entries;
    private final PersonNames names;

    public ShowEarlierDecisionsListener(ChangeLogRepository entries, PersonNames names) {
        this.entries = entries;
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(EARLIER_DECISIONS, of(task.getVariable(CHANGE_REQUEST_ID).toString()));
    }

    /**
     * A Markdown list, oldest first; a sentence of its own when nobody had decided anything. The list is as of the
     * task's creation: the board's vote tasks are created together, so no member's vote is on another's list, and
     * the sentence says nothing of what happens while the task waits.
     */
    String of(String changeRequestId) {
        List<String> decisions = entries.findByChangeRequestKeyOrderByIdAsc(changeRequestId).stream()
                .filter(entry -> DECISIONS.containsKey(entry.getEvent()))
                .map(entry -> "- **" + who(entry.getActor()) + "** " + DECISIONS.get(entry.getEvent())
                        + (entry.getLoggedAt() == null ? "" : " on " + WHEN.format(entry.getLoggedAt()))
                        + (entry.getDetail() == null || entry.getDetail().isBlank() ? ""
                                : ": " + escape(entry.getDetail().strip().replaceAll("\\s+", " "))))
                .toList();
        return decisions.isEmpty() ? "Nobody decided on this change before this step." : String.join("\n", decisions);
    }

    /**
     * A person by name; the board's members who voted for its decision ("ccb1, ccb2") each by name; the board
     * while no member's vote is on record; Charterline for a standard change approved without review.
     */
    private String who(String actor) {
        if (actor == null) {
            return "Charterline";
        }
        if (CharterlineGroups.CCB.equals(actor)) {
            return "The change control board";
        }
        return escape(Arrays.stream(actor.split(", ")).map(names::of).collect(Collectors.joining(", ")));
    }
}
