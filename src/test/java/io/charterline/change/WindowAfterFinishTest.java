package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowAfterFinishTest {

    private static final LocalDate FINISH = LocalDate.of(2027, 1, 7);
    private static final ImplementationWindow IN_THE_FREEZE = window("2026-12-16T22:00:00Z", "2026-12-17T02:00:00Z");
    private static final ImplementationWindow AFTER_THE_FREEZE = window("2027-01-10T00:00:00Z", "2027-01-10T04:00:00Z");

    private static ImplementationWindow window(String start, String end) {
        return new ImplementationWindow(Instant.parse(start), Instant.parse(end));
    }

    private static WindowProposal proposal(ImplementationWindow requested, ImplementationWindow proposed) {
        return new WindowProposal(requested, List.of(new ImpactAnalysis.WindowConflict("ALL",
                ImpactAnalysis.ConflictKind.FREEZE, "year-end freeze")), proposed);
    }

    @Test
    void proposedWindowAfterThePlannedFinishSaysByHowManyDaysTheCloseMoves() {
        assertThat(WindowAfterFinish.inWords(proposal(IN_THE_FREEZE, AFTER_THE_FREEZE), FINISH)).isEqualTo(
                "The proposed window ends 3 days after the planned finish 2027-01-07: the project cannot close"
                        + " before it.");
    }

    @Test
    void requestedWindowAfterThePlannedFinishSaysWhatKeepingItMeans() {
        ImplementationWindow requested = window("2027-01-08T22:00:00Z", "2027-01-09T02:00:00Z");

        assertThat(WindowAfterFinish.inWords(proposal(requested, AFTER_THE_FREEZE), FINISH)).isEqualTo(
                "The proposed window ends 3 days after the planned finish 2027-01-07: the project cannot close"
                        + " before it. The requested window ends 2 days after the planned finish 2027-01-07: if you"
                        + " keep it, the project cannot close before it.");
    }

    @Test
    void requestedWindowWithoutAProposalIsStillWeighed() {
        ImplementationWindow requested = window("2027-01-08T22:00:00Z", "2027-01-08T23:00:00Z");

        assertThat(WindowAfterFinish.inWords(proposal(requested, null), FINISH)).isEqualTo(
                "The requested window ends 1 day after the planned finish 2027-01-07: if you keep it, the project"
                        + " cannot close before it.");
    }

    @Test
    void windowsWithinThePlanSayNothing() {
        ImplementationWindow onTheFinishDay = window("2027-01-07T22:00:00Z", "2027-01-08T00:00:00Z");

        assertThat(WindowAfterFinish.inWords(proposal(IN_THE_FREEZE, onTheFinishDay), FINISH))
                .as("a window that ends at midnight is over with the finish day").isNull();
        assertThat(WindowAfterFinish.inWords(proposal(IN_THE_FREEZE, AFTER_THE_FREEZE), null))
                .as("no baseline, no planned finish").isNull();
    }
}
