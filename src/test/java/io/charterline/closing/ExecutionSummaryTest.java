package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineStatus;
import io.charterline.plan.Plan;
import io.charterline.plan.PlannedPackage;
import io.charterline.plan.ScheduledPackage;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.Project;
import io.charterline.record.ProjectRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the sponsor reads of a terminated project's work: a change added WP-3, which its back-out took out of the
 * plan again (cancelled, with its hours kept); the termination then cancelled WP-2 and WP-4.
 */
class ExecutionSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static WorkPackage live(String code, WorkPackageState state) {
        return new WorkPackage("PRJ-2026-901", code, "Package " + code, BigDecimal.TEN, "JAVA", 2, List.of(), DAY,
                DAY, state, null, BigDecimal.ZERO, null, null, null, null, null, 0);
    }

    private static Baseline planning(String... codes) {
        List<PlannedPackage> packages = Arrays.stream(codes).map(code -> new PlannedPackage(new ScheduledPackage(
                new WorkPackageSpec(code, "Package " + code, BigDecimal.TEN, "JAVA", 2, List.of()), 2, 0, 2, 0, 2,
                0, true, DAY, DAY), new BigDecimal("110"), new BigDecimal("1100"), null)).toList();
        Plan plan = new Plan(DAY, DAY, 2, new BigDecimal("40"), new BigDecimal("4400"), packages, List.of());
        return new Baseline("PRJ-2026-901", 3, BaselineStatus.APPROVED, Instant.EPOCH, "pm", "Back-out",
                "CR-2026-0901", Instant.EPOCH, 0, plan);
    }

    @Test
    void countsOnlyThePackagesOfTheCurrentBaselineNotOneABackOutTookOut() {
        ProjectRecord record = new ProjectRecord(new Project("PRJ-2026-901", "requester"), null,
                planning("WP-1", "WP-2", "WP-4", "WP-5"),
                List.of(live("WP-1", WorkPackageState.DONE), live("WP-2", WorkPackageState.CANCELLED),
                        live("WP-3", WorkPackageState.CANCELLED), live("WP-4", WorkPackageState.CANCELLED),
                        live("WP-5", WorkPackageState.DONE)),
                Map.of(), Map.of(), Map.of(), Map.of(), List.of());

        assertThat(new ExecutionSummary().of(record)).contains("- Work packages: 2 of 4 done, 2 cancelled");
    }

    @Test
    void flagsAProjectThatClosesOverItsApprovedBudget() {
        assertThat(new ExecutionSummary().of(costing("22000", "235")))
                .contains("- Closes over its approved budget by $1,500.00: $23,500.00 spent of $22,000.00 approved");
    }

    @Test
    void raisesNoBudgetFlagForAProjectWithinItsApprovedBudget() {
        assertThat(new ExecutionSummary().of(costing("22000", "220"))).doesNotContain("over its approved budget");
    }

    /** WP-1 done with {@code hours} booked at the baseline's 100 an hour, in a project of {@code budget}. */
    private static ProjectRecord costing(String budget, String hours) {
        return completed(budget, hours, hours);
    }

    /** WP-1 done with a total of {@code hours}, {@code entries} of them as time entries, at 100 an hour. */
    private static ProjectRecord completed(String budget, String hours, String entries) {
        Project project = new Project("PRJ-2026-901", "requester");
        project.setBudget(new BigDecimal(budget));
        return new ProjectRecord(project, null, planning("WP-1"), List.of(live("WP-1", WorkPackageState.DONE)),
                Map.of("WP-1", new BigDecimal(hours)), Map.of("WP-1", new BigDecimal(entries)),
                Map.of("WP-1", new BigDecimal("100")), Map.of(), List.of());
    }

    @Test
    void namesTheHoursACompletionReportedBeyondItsTimeEntriesApartFromThem() {
        assertThat(new ExecutionSummary().of(completed("22000", "30", "17.6")))
                .contains("- Hours: 30 h reported (17.6 h as time entries, 12.4 h at completion beyond them), "
                        + "40 h planned in baseline v3")
                .doesNotContain("booked");
    }

    @Test
    void saysBookedWhenTheCompletionsTotalsAreTheirTimeEntries() {
        assertThat(new ExecutionSummary().of(completed("22000", "30", "30")))
                .contains("- Hours: 30 h booked, 40 h planned in baseline v3")
                .doesNotContain("beyond");
    }

    @Test
    void namesAPackageCompletedBeforeItsPlannedStartAndNotOneCompletedOnIt() {
        LocalDate plannedStart = DAY.plusWeeks(3);
        WorkPackage early = new WorkPackage("PRJ-2026-901", "NET-3", "Network cut-over", new BigDecimal("60"),
                "NETWORK", 2, List.of(), plannedStart, plannedStart.plusDays(7), WorkPackageState.DONE, "dev1",
                new BigDecimal("4"), null, "dev1", DAY.atTime(16, 0).toInstant(ZoneOffset.UTC), null, null, 0);
        WorkPackage onItsStart = new WorkPackage("PRJ-2026-901", "WP-1", "Package WP-1", BigDecimal.TEN, "JAVA", 2,
                List.of(), DAY, DAY.plusDays(7), WorkPackageState.DONE, "dev1", new BigDecimal("4"), null, "dev1",
                DAY.atTime(16, 0).toInstant(ZoneOffset.UTC), null, null, 0);
        ProjectRecord record = new ProjectRecord(new Project("PRJ-2026-901", "requester"), null,
                planning("WP-1", "NET-3"), List.of(onItsStart, early), Map.of("NET-3", new BigDecimal("4"),
                        "WP-1", new BigDecimal("4")), Map.of("NET-3", new BigDecimal("4"), "WP-1", new BigDecimal("4")),
                Map.of(), Map.of(), List.of());

        assertThat(new ExecutionSummary().of(record))
                .contains("- Completed before its planned start: NET-3 Network cut-over, planned start 2026-03-23, "
                        + "completed on 2026-03-02, 4 h reported of 60 h estimated")
                .doesNotContain("WP-1 Package WP-1");
    }
}
