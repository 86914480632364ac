package io.charterline.change;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.platform.text.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change request proposes, as a Markdown list for the forms of the people who decide on it and carry it
 * out: what, why, which work packages, budget, scope, services and when. The impact summary says what the change
 * does to the plan; this says what the change is.
 */
final class ChangeSummary {

    /**
     * The longest each entry is shown, so that the whole summary fits a text variable of 4,000 characters: the
     * three free texts, the work packages and the services together stay below it with their labels.
     */
    static final int MAX_TEXT = 600;
    static final int MAX_WORK_PACKAGES = 900;
    static final int MAX_SERVICES = 400;

    private ChangeSummary() {
    }

    static String of(ChangeProposal proposal) {
        NumberFormat money = Money.format();
        String budget = proposal.changesBudget()
                ? (proposal.budgetChange().signum() > 0 ? "+" : "-") + money.format(proposal.budgetChange().abs())
                : "none";
        String scope = proposal.changesScope() ? text(proposal.scopeChange()) : "none";
        String services = proposal.affectedItemsOrEmpty().isEmpty() ? "none named"
                : cut(String.join(", ", proposal.affectedItemsOrEmpty()), MAX_SERVICES);
        String window = proposal.windowStart() == null || proposal.windowEnd() == null ? "none requested"
                : new ImplementationWindow(proposal.windowStart(), proposal.windowEnd()).toString();
        return """
                - What: %s
                - Why: %s
                - Work packages: %s
                - Budget change: %s
                - Scope change: %s
                - Services: %s
                - Requested window: %s""".formatted(text(proposal.description()), text(proposal.reason()),
                workPackages(proposal.workPackageChangesOrEmpty()), budget, scope, services, window);
    }

    private static String workPackages(List<WorkPackageChange> changes) {
        if (changes.isEmpty()) {
            return "none";
        }
        List<String> shown = changes.stream().limit(ImpactAnalysis.MAX_LISTED).map(ChangeSummary::workPackage)
                .toList();
        String listed = String.join("; ", shown);
        return cut(changes.size() <= ImpactAnalysis.MAX_LISTED ? listed
                : listed + "; and " + (changes.size() - ImpactAnalysis.MAX_LISTED) + " more", MAX_WORK_PACKAGES);
    }

    private static String workPackage(WorkPackageChange change) {
        String head = change.action() + " " + change.code();
        if (change.action() == WorkPackageAction.REMOVE) {
            return head;
        }
        List<String> values = new ArrayList<>();
        if (change.name() != null) {
            values.add("name \"" + escape(change.name()) + "\"");
        }
        if (change.estimateHours() != null) {
            values.add(hours(change.estimateHours()) + " h");
        }
        if (change.skill() != null) {
            values.add(change.skill() + (change.skillLevel() == null ? "" : " level " + change.skillLevel()));
        } else if (change.skillLevel() != null) {
            values.add("level " + change.skillLevel());
        }
        if (!change.predecessorsOrEmpty().isEmpty()) {
            values.add("after " + String.join(", ", change.predecessorsOrEmpty()));
        } else if (change.givesPredecessors() && change.action() == WorkPackageAction.MODIFY) {
            values.add("no predecessors");
        }
        return values.isEmpty() ? head : head + " (" + String.join(", ", values) + ")";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /**
     * On one line, since a line break would end the list item; escaped, so that it shows as typed; cut where the
     * text is too long for the form.
     */
    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return "not given";
        }
        return cut(escape(value.strip().replaceAll("\\s+", " ")), MAX_TEXT);
    }

    private static String cut(String line, int max) {
        return line.length() <= max ? line : line.substring(0, max) + "... (cut; the change request has it all)";
    }
}
