package io.charterline.record;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Baseline v1 plans APP-1 from 2 to 13 March and NET-3 (60 h) from 6 to 17 April, so the plan finishes on 17 April.
 */
class ProjectRecordTest {

    private static final LocalDate APP_START = LocalDate.of(2026, 3, 2);
    private static final LocalDate APP_FINISH = LocalDate.of(2026, 3, 13);
    private static final LocalDate NET_START = LocalDate.of(2026, 4, 6);
    private static final LocalDate NET_FINISH = LocalDate.of(2026, 4, 17);

    @Test
    void aPackageCompletedBeforeItsPlannedStartIsLeftOutOfBothFinishes() {
        ProjectRecord record = record(done("APP-1", APP_START, APP_FINISH, APP_FINISH),
                done("NET-3", NET_START, NET_FINISH, LocalDate.of(2026, 3, 16)));

        assertThat(record.completedBeforePlannedStart()).extracting(WorkPackage::code).containsExactly("NET-3");
        // Counted, NET-3 would make the work finish 32 days early; without it, it finished as APP-1 was planned.
        assertThat(record.actualFinish()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(record.actualFinishLeavingOut(Set.of("NET-3"))).isEqualTo(APP_FINISH);
        assertThat(record.firstBaselineFinishLeavingOut(Set.of("NET-3"))).isEqualTo(APP_FINISH);
        assertThat(record.firstBaselineFinishLeavingOut(Set.of())).isEqualTo(NET_FINISH);
    }

    @Test
    void aPackageCompletedOnOrAfterItsPlannedStartCountsHoweverEarlyItFinished() {
        ProjectRecord record = record(done("APP-1", APP_START, APP_FINISH, APP_START),
                done("NET-3", NET_START, NET_FINISH, NET_START));

        assertThat(record.completedBeforePlannedStart()).isEmpty();
        assertThat(record.actualFinish()).isEqualTo(NET_START);
    }

    private static ProjectRecord record(WorkPackage... packages) {
        List<PlannedPackage> planned = List.of(planned("APP-1", APP_START, APP_FINISH),
                planned("NET-3", NET_START, NET_FINISH));
        Plan plan = new Plan(APP_START, NET_FINISH, 35, new BigDecimal("140"), new BigDecimal("15400"), planned,
                List.of());
        Baseline first = new Baseline("PRJ-2026-951", 1, BaselineStatus.APPROVED, APP_START.atStartOfDay()
                .toInstant(ZoneOffset.UTC), "pm", "Plan", null, null, 0, plan);
        return new ProjectRecord(new Project("PRJ-2026-951", "requester"), first, first, List.of(packages),
                Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    private static PlannedPackage planned(String code, LocalDate start, LocalDate finish) {
        return new PlannedPackage(new ScheduledPackage(new WorkPackageSpec(code, "Package " + code,
                new BigDecimal("70"), "NETWORK", 2, List.of()), 9, 0, 9, 0, 9, 0, true, start, finish),
                new BigDecimal("110"), new BigDecimal("7700"), null);
    }

    private static WorkPackage done(String code, LocalDate plannedStart, LocalDate plannedFinish, LocalDate on) {
        return new WorkPackage("PRJ-2026-951", code, "Package " + code, new BigDecimal("70"), "NETWORK", 2,
                List.of(), plannedStart, plannedFinish, WorkPackageState.DONE, "dev1", new BigDecimal("4"), null,
                "dev1", on.atTime(15, 0).toInstant(ZoneOffset.UTC), null, plannedStart.atStartOfDay()
                .toInstant(ZoneOffset.UTC), 0);
    }
}
