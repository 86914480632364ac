package io.charterline.plan;

import static io.charterline.platform.process.FormText.escape;
import static io.charterline.project.LifecycleVariables.GATE_LESSONS;
import static io.charterline.project.LifecycleVariables.PLAN_COMMENT;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.PMO_PLAN_DECISION_TEXT;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the PMO's approval of the plan in words for the sponsor's sign-off (on {@code complete} of the PMO's task):
 * who by name, when, their comment and their lessons, escaped, so the sponsor signs off knowing what the PMO said,
 * and reads the PMO's lessons as theirs, not in the sponsor's own lessons field. Runs before the PMO's lessons are
 * kept and removed from the process.
 */
@Component("showPmoPlanDecision")
public class ShowPmoPlanDecisionListener implements TaskListener {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PersonNames names;
    private final Clock clock;

    public ShowPmoPlanDecisionListener(PersonNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        task.setVariable(PMO_PLAN_DECISION_TEXT, text(task.getAssignee(), variables.string(PLAN_DECISION),
                variables.stringOrNull(PLAN_COMMENT), variables.stringOrNull(GATE_LESSONS)));
    }

    String text(String pmoUser, String decided, String comment, String lessons) {
        String decision = "**" + escape(names.of(pmoUser)) + "** (PMO) "
                + ("APPROVE".equals(decided) ? "approved the plan" : "sent the plan back") + " on "
                + WHEN.format(clock.instant())
                + (isBlank(comment) ? ", without a comment." : ": " + escape(comment.strip().replaceAll("\\s+", " ")));
        List<String> lines = lessons == null ? List.of() : Arrays.stream(lessons.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).map(line -> "- " + escape(line)).toList();
        return lines.isEmpty() ? decision + "\n\nNo lessons from the PMO at this gate."
                : decision + "\n\nThe PMO's lessons at this gate (kept under their name):\n" + String.join("\n", lines);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
