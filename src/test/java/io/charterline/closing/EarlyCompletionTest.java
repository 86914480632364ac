package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.closing.CloseoutReportData.EarlyCompletion;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.Project;
import io.charterline.record.ProjectRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The closeout report's list of packages completed before their planned start, as the walk found NET-3. */
class EarlyCompletionTest {

    private static final LocalDate PLANNED_START = LocalDate.of(2026, 6, 1);

    @Test
    void theReportDataNamesAPackageCompletedBeforeItsPlannedStartWithItsDatesAndHours() {
        ProjectRecord record = record(done("NET-3", new BigDecimal("60"), PLANNED_START.minusWeeks(3)),
                done("NET-4", new BigDecimal("40"), PLANNED_START.plusDays(2)));

        assertThat(EarlyCompletion.in(record)).containsExactly(new EarlyCompletion("NET-3", "Package NET-3",
                PLANNED_START, LocalDate.of(2026, 5, 11), new BigDecimal("60"), new BigDecimal("4")));
        assertThat(EarlyCompletion.in(record).get(0).daysBeforePlannedStart()).isEqualTo(21);
    }

    @Test
    void aPackageFinishedEarlyButAfterItsPlannedStartIsNotNamed() {
        ProjectRecord record = record(done("NET-4", new BigDecimal("40"), PLANNED_START));

        assertThat(EarlyCompletion.in(record)).isEmpty();
    }

    private static ProjectRecord record(WorkPackage... packages) {
        return new ProjectRecord(new Project("PRJ-2026-952", "requester"), null, null, List.of(packages),
                Map.of("NET-3", new BigDecimal("4"), "NET-4", new BigDecimal("38")), Map.of(), Map.of(), Map.of(),
                List.of());
    }

    private static WorkPackage done(String code, BigDecimal estimate, LocalDate on) {
        return new WorkPackage("PRJ-2026-952", code, "Package " + code, estimate, "NETWORK", 2, List.of(),
                PLANNED_START, PLANNED_START.plusWeeks(2), WorkPackageState.DONE, "dev1", null, null, "dev1",
                on.atTime(11, 0).toInstant(ZoneOffset.UTC), null, null, 0);
    }
}
