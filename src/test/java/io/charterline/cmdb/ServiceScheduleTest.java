package io.charterline.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.cmdb.MaintenanceWindow.Occurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maintenance windows and freeze periods. December 2026: the 5th, 12th and 19th are Saturdays. */
class ServiceScheduleTest {

    private final MaintenanceWindow saturdayNight =
            new MaintenanceWindow(DayOfWeek.SATURDAY, LocalTime.of(22, 0), 360);

    private final ServiceGraph graph = new ServiceGraph(
            List.of(new ServiceNode("CRM", "CRM", Criticality.HIGH),
                    new ServiceNode("BILLING", "Billing", Criticality.CRITICAL),
                    new ServiceNode("INTRANET", "Intranet", Criticality.LOW)),
            List.of(new Dependency("CRM", "BILLING")),
            Map.of("CRM", List.of(saturdayNight)),
            List.of(new FreezePeriodView(1L, "BILLING", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 20),
                            "Invoice run"),
                    new FreezePeriodView(2L, null, LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 2),
                            "Year-end freeze")));

    @Test
    void aWindowHoldsIntervalsWithinOneOccurrenceEvenPastMidnight() {
        assertThat(saturdayNight.contains(at(5, 22, 0), at(6, 4, 0))).isTrue();
        assertThat(saturdayNight.contains(at(5, 23, 0), at(6, 1, 0))).isTrue();
        assertThat(saturdayNight.contains(at(6, 1, 0), at(6, 3, 30))).isTrue();
    }

    @Test
    void aWindowDoesNotHoldIntervalsThatStartEarlyOrEndLate() {
        assertThat(saturdayNight.contains(at(5, 21, 0), at(5, 23, 0))).isFalse();
        assertThat(saturdayNight.contains(at(6, 3, 0), at(6, 5, 0))).isFalse();
        assertThat(saturdayNight.contains(at(9, 10, 0), at(9, 11, 0))).isFalse();
    }

    @Test
    void occurrencesAreTheWindowsStartingInTheDateRange() {
        assertThat(saturdayNight.occurrences(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 19)))
                .containsExactly(new Occurrence(at(5, 22, 0), at(6, 4, 0)),
                        new Occurrence(at(12, 22, 0), at(13, 4, 0)),
                        new Occurrence(at(19, 22, 0), at(20, 4, 0)));
    }

    @Test
    void changesInsideTheWindowAndOutsideFreezesHaveNoConflict() {
        assertThat(graph.scheduleConflicts(List.of("CRM", "BILLING"), at(5, 23, 0), at(6, 1, 0))).isEmpty();
    }

    @Test
    void aServiceWithWindowsConflictsOutsideThem() {
        assertThat(graph.scheduleConflicts(List.of("CRM", "BILLING"), at(9, 10, 0), at(9, 12, 0)))
                .extracting(ScheduleConflict::service, ScheduleConflict::kind)
                .containsExactly(tuple("CRM", ScheduleConflict.Kind.OUTSIDE_MAINTENANCE_WINDOW));
    }

    @Test
    void aServiceFreezeIncludesItsLastDay() {
        assertThat(graph.scheduleConflicts(List.of("BILLING"), at(20, 23, 0), at(21, 1, 0)))
                .extracting(ScheduleConflict::service, ScheduleConflict::kind)
                .containsExactly(tuple("BILLING", ScheduleConflict.Kind.SERVICE_FREEZE));
        assertThat(graph.scheduleConflicts(List.of("BILLING"), at(21, 0, 0), at(21, 2, 0))).isEmpty();
    }

    @Test
    void aGlobalFreezeBindsEveryServiceAndIsListedOnce() {
        assertThat(graph.scheduleConflicts(List.of("INTRANET", "BILLING"), at(31, 9, 0), at(31, 10, 0)))
                .extracting(ScheduleConflict::service, ScheduleConflict::kind, ScheduleConflict::detail)
                .containsExactly(tuple(null, ScheduleConflict.Kind.GLOBAL_FREEZE,
                        "all services are frozen from 2026-12-24 to 2027-01-02: Year-end freeze"));
    }

    @Test
    void aServiceIsBoundByItsOwnAndTheGlobalFreezes() {
        assertThat(graph.freezePeriodsOf("BILLING")).extracting(FreezePeriodView::id).containsExactly(1L, 2L);
        assertThat(graph.freezePeriodsOf("CRM")).extracting(FreezePeriodView::id).containsExactly(2L);
    }

    private static LocalDateTime at(int decemberDay, int hour, int minute) {
        return LocalDateTime.of(2026, 12, decemberDay, hour, minute);
    }
}
