package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.FreezePeriodView;
import io.charterline.cmdb.ServiceGraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The next free window on the hand-drawn catalog of {@link ServiceGraphs}: DB changes on Saturdays 22:00 to
 * 02:00 (UTC); the requested window is Saturday 2027-03-06 22:00 for four hours.
 */
class WindowSchedulingTest {

    static final ImplementationWindow REQUESTED = new ImplementationWindow(Instant.parse("2027-03-06T22:00:00Z"),
            Instant.parse("2027-03-07T02:00:00Z"));

    static WindowProposal schedule(ServiceGraph graph, List<ScheduledChange> others, String implementer) {
        return CatalogImplementationScheduler.propose(new WindowRules(graph, List.of("DB"), others, implementer),
                REQUESTED);
    }

    static ImplementationWindow saturday(String date) {
        Instant start = Instant.parse(date + "T22:00:00Z");
        return new ImplementationWindow(start, start.plusSeconds(4 * 3600));
    }

    @Test
    void freeRequestedWindowIsKept() {
        WindowProposal proposal = schedule(ServiceGraphs.catalog(), List.of(), "pm");

        assertThat(proposal.conflictFree()).isTrue();
        assertThat(proposal.proposed()).isEqualTo(REQUESTED);
    }

    @Test
    void freezeOfAParentMovesTheChangeToTheNextMaintenanceWindowAfterIt() {
        ServiceGraph graph = ServiceGraphs.catalog(new FreezePeriodView(1L, "APP", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 10), "Release"));

        WindowProposal proposal = schedule(graph, List.of(), "pm");

        assertThat(proposal.conflicts()).extracting(ImpactAnalysis.WindowConflict::item).containsExactly("APP");
        assertThat(proposal.proposed()).isEqualTo(saturday("2027-03-13"));
    }

    @Test
    void freezeOfAChildSpanningTwoWeekendsMovesTheChangeTwoWeeks() {
        ServiceGraph graph = ServiceGraphs.catalog(new FreezePeriodView(1L, "STORAGE", LocalDate.of(2027, 3, 6),
                LocalDate.of(2027, 3, 14), "Migration"));

        assertThat(schedule(graph, List.of(), "pm").proposed()).isEqualTo(saturday("2027-03-20"));
    }

    @Test
    void freezeOfAnUnrelatedItemDoesNotMatter() {
        ServiceGraph graph = ServiceGraphs.catalog(new FreezePeriodView(1L, "LOGS", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31), "Audit"));

        assertThat(schedule(graph, List.of(), "pm").conflictFree()).isTrue();
    }

    @Test
    void implementersOtherChangeElsewhereBlocksTheWindowTooAndTheChangeStartsWhenItEnds() {
        // pm implements a LOGS change until Sunday 00:00; four hours from then would run past the end of DB's
        // window at 02:00, so the next DB window, a week later, is proposed.
        ImplementationWindow logs = new ImplementationWindow(Instant.parse("2027-03-06T21:00:00Z"),
                Instant.parse("2027-03-07T00:00:00Z"));
        List<ScheduledChange> others = List.of(new ScheduledChange("CR-2027-0007", Set.of("LOGS"), logs, "pm"));

        WindowProposal proposal = schedule(ServiceGraphs.catalog(), others, "pm");

        assertThat(proposal.conflicts()).containsExactly(new ImpactAnalysis.WindowConflict("pm",
                ImpactAnalysis.ConflictKind.OTHER_CHANGE, "pm implements CR-2027-0007 " + logs));
        assertThat(proposal.proposed()).isEqualTo(saturday("2027-03-13"));
        assertThat(schedule(ServiceGraphs.catalog(), others, "dev1").conflictFree()).isTrue();
    }

    @Test
    void changeOnAnItemWithoutMaintenanceWindowsStartsRightAfterTheBlockingChange() {
        ImplementationWindow busy = new ImplementationWindow(Instant.parse("2027-03-06T20:00:00Z"),
                Instant.parse("2027-03-07T01:30:00Z"));
        WindowRules rules = new WindowRules(ServiceGraphs.catalog(), List.of("APP"),
                List.of(new ScheduledChange("CR-2027-0008", Set.of("PORTAL"), busy, "dev2")), "pm");

        WindowProposal proposal = CatalogImplementationScheduler.propose(rules, REQUESTED);

        assertThat(proposal.conflicts()).extracting(ImpactAnalysis.WindowConflict::kind)
                .containsExactly(ImpactAnalysis.ConflictKind.OTHER_CHANGE);
        assertThat(proposal.proposed()).isEqualTo(new ImplementationWindow(Instant.parse("2027-03-07T01:30:00Z"),
                Instant.parse("2027-03-07T05:30:00Z")));
    }

    @Test
    void noFreeWindowWithinNinetyDaysProposesNone() {
        ServiceGraph graph = ServiceGraphs.catalog(new FreezePeriodView(1L, "DB", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30), "Replacement project"));

        WindowProposal proposal = schedule(graph, List.of(), "pm");

        assertThat(proposal.conflictFree()).isFalse();
        assertThat(proposal.proposed()).isNull();
    }

    @Test
    void freeWindowsAreSearchedNinetyDaysAhead() {
        // Frozen until Friday 2027-06-04: the first free Saturday is 06-05, 91 days after 03-06: too late; a
        // freeze until 05-28 leaves Saturday 05-29, 84 days after.
        ServiceGraph late = ServiceGraphs.catalog(new FreezePeriodView(1L, "DB", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 4), "Replacement"));
        ServiceGraph inTime = ServiceGraphs.catalog(new FreezePeriodView(1L, "DB", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 28), "Replacement"));

        assertThat(schedule(late, List.of(), "pm").proposed()).isNull();
        assertThat(schedule(inTime, List.of(), "pm").proposed()).isEqualTo(saturday("2027-05-29"));
    }

    @Test
    void windowLongerThanEveryMaintenanceWindowSaysWhyNoneIsFreeAndWhatThePmoCanDo() {
        // DB's only maintenance window is Saturday 22:00 for 4 h; six hours never fit into it.
        ImplementationWindow sixHours = new ImplementationWindow(REQUESTED.start(),
                REQUESTED.start().plusSeconds(6 * 3600));
        WindowProposal proposal = CatalogImplementationScheduler.propose(
                new WindowRules(ServiceGraphs.catalog(), List.of("DB"), List.of(), "pm"), sixHours);

        assertThat(proposal.proposed()).isNull();
        assertThat(proposal.conflicts()).singleElement().extracting(ImpactAnalysis.WindowConflict::detail)
                .asString().endsWith("; the requested window lasts 6 h, longer than any of them (4 h), so it never fits");
        assertThat(ChangeControlService.describe(proposal)).endsWith("No free window: the requested window lasts 6 h,"
                + " but DB's maintenance windows last at most 4 h, so no window of that length is ever free. Reject the"
                + " change so the requester can request it again with a shorter window or in parts, or keep the"
                + " requested window despite the conflicts.");
    }

    @Test
    void windowThatFitsAMaintenanceWindowIsNotCalledTooLong() {
        ServiceGraph graph = ServiceGraphs.catalog(new FreezePeriodView(1L, "DB", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30), "Replacement project"));

        WindowProposal proposal = schedule(graph, List.of(), "pm");

        assertThat(proposal.tooShort()).isEmpty();
        assertThat(ChangeControlService.describe(proposal)).endsWith("No free window within 90 days.");
    }
}
