package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    private static final Instant START = Instant.parse("2026-11-25T20:00:00Z");
    private static final Instant END = Instant.parse("2026-11-25T22:30:00Z");

    private static ChangeProposal proposal(String description, List<WorkPackageChange> packages,
                                           BigDecimal budget, String scope) {
        return new ChangeProposal("Shorter checkout", description, "Customers abandon the long checkout",
                ChangeType.NORMAL, "dev1", packages, budget, scope, List.of("API-GATEWAY", "MOBILE-APP"), START, END);
    }

    @Test
    void showsWhatWhyWorkPackagesBudgetScopeServicesAndWindow() {
        List<WorkPackageChange> packages = List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "MOB-5", null, new BigDecimal("44.0"), null, null,
                        null),
                new WorkPackageChange(WorkPackageAction.ADD, "MOB-6", "FAQ page", new BigDecimal("24"), "JAVA", 2,
                        List.of("MOB-3", "MOB-4")),
                new WorkPackageChange(WorkPackageAction.REMOVE, "MOB-3", null, null, null, null, null));

        String summary = ChangeSummary.of(proposal("Merge the two\n\ncheckout   steps", packages,
                new BigDecimal("2000"), "FAQ page text added to the app"));

        assertThat(summary).isEqualTo("""
                - What: Merge the two checkout steps
                - Why: Customers abandon the long checkout
                - Work packages: MODIFY MOB-5 (44 h); ADD MOB-6 (name "FAQ page", 24 h, JAVA level 2, after MOB-3, \
                MOB-4); REMOVE MOB-3
                - Budget change: +$2,000.00
                - Scope change: FAQ page text added to the app
                - Services: API-GATEWAY, MOBILE-APP
                - Requested window: 2026-11-25 20:00 to 2026-11-25 22:30 UTC""");
    }

    @Test
    void theRequestersTextShowsAsTypedNotAsMarkup() {
        String summary = ChangeSummary.of(proposal("[Approved by CFO](http://example.org) **no review needed**",
                List.of(new WorkPackageChange(WorkPackageAction.ADD, "MOB-6", "<b>FAQ</b> page", new BigDecimal("8"),
                        "JAVA", 2, List.of())), null, "# Everything"));

        assertThat(summary)
                .contains("- What: \\[Approved by CFO\\]\\(http://example.org\\) \\*\\*no review needed\\*\\*\n")
                .contains("name \"\\<b\\>FAQ\\</b\\> page\"")
                .contains("- Scope change: \\# Everything\n");
    }

    @Test
    void modifyThatClearsThePredecessorsSaysSo() {
        String summary = ChangeSummary.of(proposal("Start the portal first", List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "MOB-5", null, null, null, null, List.of())),
                null, null));

        assertThat(summary).contains("- Work packages: MODIFY MOB-5 (no predecessors)\n");
    }

    @Test
    void saysNoneWhereTheChangeLeavesWorkBudgetAndScopeAlone() {
        String summary = ChangeSummary.of(proposal("Swap the logo", List.of(), null, " "));

        assertThat(summary).contains("- Work packages: none\n", "- Budget change: none\n", "- Scope change: none\n");
    }

    @Test
    void aBudgetCutIsShownWithItsSign() {
        assertThat(ChangeSummary.of(proposal("Drop extras", List.of(), new BigDecimal("-1500.5"), null)))
                .contains("- Budget change: -$1,500.50\n");
    }

    @Test
    void theLongestProposalStillFitsATextVariable() {
        String longText = "x".repeat(4000);
        List<WorkPackageChange> packages = Collections.nCopies(1000, new WorkPackageChange(WorkPackageAction.ADD,
                "WP-" + "9".repeat(40), "n".repeat(200), new BigDecimal("100000"), "JAVA", 5, List.of("A", "B")));
        ChangeProposal proposal = new ChangeProposal("t", longText, longText, ChangeType.NORMAL, "dev1", packages,
                new BigDecimal("-1000000000"), longText, Collections.nCopies(50, "C".repeat(64)), START, END);

        String summary = ChangeSummary.of(proposal);

        assertThat(summary).hasSizeLessThanOrEqualTo(4000)
                .contains("- What: " + "x".repeat(ChangeSummary.MAX_TEXT) + "... (cut; the change request has it all)")
                .endsWith("- Requested window: 2026-11-25 20:00 to 2026-11-25 22:30 UTC");
    }
}
