package io.charterline.closing;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.scope.ScopeStatement;
import java.util.Comparator;
import java.util.List;

/**
 * What the sponsor accepts against: the deliverables and acceptance criteria the scope statement promised, and what
 * each completed package's note says was delivered. Markdown lists for the acceptance form's text component, every
 * piece of typed text escaped so it shows as typed.
 *
 * @param deliverables       one item per line of the scope statement's deliverables
 * @param acceptanceCriteria one item per line of its acceptance criteria
 * @param completionNotes    one item per completed package: code, name and its completion note
 */
record AcceptanceBasis(String deliverables, String acceptanceCriteria, String completionNotes) {

    private static final String NONE_RECORDED = "*None recorded*";

    /** @param scope null for a project whose scope statement was never recorded */
    static AcceptanceBasis of(ScopeStatement scope, List<WorkPackage> packages) {
        return new AcceptanceBasis(lines(scope == null ? null : scope.getDeliverables()),
                lines(scope == null ? null : scope.getAcceptanceCriteria()), completionNotes(packages));
    }

    private static String lines(String text) {
        List<String> items = text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return items.isEmpty() ? NONE_RECORDED : String.join("\n", items.stream().map(item -> "- " + escape(item))
                .toList());
    }

    private static String completionNotes(List<WorkPackage> packages) {
        List<String> items = packages.stream().filter(wp -> wp.state() == WorkPackageState.DONE)
                .sorted(Comparator.comparing(WorkPackage::code))
                .map(wp -> "- %s %s: %s".formatted(escape(wp.code()), escape(wp.name()), note(wp.completionNote())))
                .toList();
        return items.isEmpty() ? "*No work package was completed*" : String.join("\n", items);
    }

    /** A note may run over several lines; one list item keeps it next to its package. */
    private static String note(String note) {
        return note == null || note.isBlank() ? "*no note*" : escape(note.strip().replaceAll("\\s+", " "));
    }
}
