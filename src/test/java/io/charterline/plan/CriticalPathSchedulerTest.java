package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CriticalPathSchedulerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();

    @Test
    void textbookNetworkGetsEarlyAndLateDatesFloatAndItsCriticalPath() {
        Schedule schedule = scheduler.schedule(List.of(
                wp("A", 16),
                wp("B", 24, "A"),
                wp("C", 32, "A"),
                wp("D", 16, "B"),
                wp("E", 24, "C", "D"),
                wp("F", 8, "A")), MONDAY);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        // code -> ES, EF, LS, LF, float, worked out by hand
        assertFigures(byCode.get("A"), 0, 2, 0, 2, 0);
        assertFigures(byCode.get("B"), 2, 5, 2, 5, 0);
        assertFigures(byCode.get("C"), 2, 6, 3, 7, 1);
        assertFigures(byCode.get("D"), 5, 7, 5, 7, 0);
        assertFigures(byCode.get("E"), 7, 10, 7, 10, 0);
        assertFigures(byCode.get("F"), 2, 3, 9, 10, 7);
        assertThat(schedule.durationDays()).isEqualTo(10);
        assertThat(schedule.criticalPath()).containsExactly("A", "B", "D", "E");
        assertThat(byCode.values().stream().filter(ScheduledPackage::critical).map(ScheduledPackage::code))
                .containsExactlyInAnyOrder("A", "B", "D", "E");
    }

    @Test
    void workNotBegunStartsNoEarlierThanTheStatusDateWhileBegunWorkKeepsItsDates() {
        // A is done and B under way on Wednesday 2026-03-18; C (after A) and D (after B) have not begun.
        Schedule schedule = scheduler.schedule(List.of(
                wp("A", 16),
                wp("B", 40, "A"),
                wp("C", 8, "A"),
                wp("D", 8, "B")), MONDAY, new StatusDate(LocalDate.of(2026, 3, 18), Set.of("A", "B")));

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertDates(byCode.get("A"), "2026-03-02", "2026-03-03");
        assertDates(byCode.get("B"), "2026-03-04", "2026-03-10");
        assertDates(byCode.get("C"), "2026-03-18", "2026-03-18");
        assertDates(byCode.get("D"), "2026-03-18", "2026-03-18");
        assertThat(schedule.finishDate()).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void releasedWorkNobodyHasTakenUpIsAsLateAsPlannedWorkWhileWorkBeingDoneKeepsItsDates() {
        // On Wednesday 2026-03-18 A is done; B was released on time but waits in a Tasklist (READY), C is worked.
        StatusDate wednesday = StatusDate.of(LocalDate.of(2026, 3, 18), Map.of("A", WorkPackageState.DONE,
                "B", WorkPackageState.READY, "C", WorkPackageState.IN_PROGRESS, "D", WorkPackageState.PLANNED));

        Schedule schedule = scheduler.schedule(List.of(
                wp("A", 16),
                wp("B", 40, "A"),
                wp("C", 8, "A"),
                wp("D", 8, "A")), MONDAY, wednesday);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertDates(byCode.get("B"), "2026-03-18", "2026-03-24");
        assertDates(byCode.get("C"), "2026-03-04", "2026-03-04");
        assertDates(byCode.get("D"), "2026-03-18", "2026-03-18");
    }

    @Test
    void statusDateBeforeTheStartHoldsNothingBack() {
        List<WorkPackageSpec> plan = List.of(wp("A", 16), wp("B", 8, "A"));

        Schedule schedule = scheduler.schedule(plan, MONDAY, new StatusDate(MONDAY.minusWeeks(2), Set.of()));

        assertThat(schedule).isEqualTo(scheduler.schedule(plan, MONDAY));
    }

    @Test
    void textbookNetworkGetsCalendarDatesOverTwoWeeks() {
        Schedule schedule = scheduler.schedule(List.of(
                wp("A", 16),
                wp("B", 24, "A"),
                wp("C", 32, "A"),
                wp("D", 16, "B"),
                wp("E", 24, "C", "D"),
                wp("F", 8, "A")), MONDAY);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertDates(byCode.get("A"), "2026-03-02", "2026-03-03");
        assertDates(byCode.get("B"), "2026-03-04", "2026-03-06");
        assertDates(byCode.get("C"), "2026-03-04", "2026-03-09");
        assertDates(byCode.get("D"), "2026-03-09", "2026-03-10");
        assertDates(byCode.get("E"), "2026-03-11", "2026-03-13");
        assertDates(byCode.get("F"), "2026-03-04", "2026-03-04");
        assertThat(schedule.startDate()).isEqualTo(MONDAY);
        assertThat(schedule.finishDate()).isEqualTo(LocalDate.parse("2026-03-13"));
    }

    @Test
    void parallelBranchesFloatAgainstTheLongestOne() {
        Schedule schedule = scheduler.schedule(List.of(
                wp("X1", 8),
                wp("X2", 40, "X1"),
                wp("Y1", 80)), MONDAY);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertFigures(byCode.get("X1"), 0, 1, 4, 5, 4);
        assertFigures(byCode.get("X2"), 1, 6, 5, 10, 4);
        assertFigures(byCode.get("Y1"), 0, 10, 0, 10, 0);
        assertThat(schedule.criticalPath()).containsExactly("Y1");
        assertThat(schedule.finishDate()).isEqualTo(LocalDate.parse("2026-03-13"));
    }

    @Test
    void diamondJoinWaitsForItsLongerBranch() {
        Schedule schedule = scheduler.schedule(List.of(
                wp("S", 8),
                wp("L", 24, "S"),
                wp("R", 40, "S"),
                wp("T", 8, "L", "R")), MONDAY);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertFigures(byCode.get("S"), 0, 1, 0, 1, 0);
        assertFigures(byCode.get("L"), 1, 4, 3, 6, 2);
        assertFigures(byCode.get("R"), 1, 6, 1, 6, 0);
        assertFigures(byCode.get("T"), 6, 7, 6, 7, 0);
        assertThat(schedule.criticalPath()).containsExactly("S", "R", "T");
    }

    @Test
    void startOnASaturdayMovesToMonday() {
        Schedule schedule = scheduler.schedule(List.of(wp("A", 12)), LocalDate.of(2026, 3, 7));

        assertThat(schedule.startDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertDates(schedule.packages().get(0), "2026-03-09", "2026-03-10");
    }

    @Test
    void packageSpanningAWeekendSkipsSaturdayAndSunday() {
        Schedule schedule = scheduler.schedule(List.of(wp("A", 24), wp("B", 8, "A")), LocalDate.of(2026, 3, 5));

        assertDates(schedule.packages().get(0), "2026-03-05", "2026-03-09");
        assertDates(schedule.packages().get(1), "2026-03-10", "2026-03-10");
        assertThat(schedule.finishDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void durationIsHoursRoundedUpToWholeDaysOfEight() {
        assertThat(CriticalPathScheduler.durationDays(new BigDecimal("0.5"))).isEqualTo(1);
        assertThat(CriticalPathScheduler.durationDays(new BigDecimal("8"))).isEqualTo(1);
        assertThat(CriticalPathScheduler.durationDays(new BigDecimal("8.01"))).isEqualTo(2);
        assertThat(CriticalPathScheduler.durationDays(new BigDecimal("10000"))).isEqualTo(1250);
    }

    @Test
    void generatedPlanOfTenThousandPackagesIsConsistent() {
        List<WorkPackageSpec> plan = randomDag(10_000, new Random(42));

        Schedule schedule = scheduler.schedule(plan, MONDAY);

        Map<String, ScheduledPackage> byCode = byCode(schedule);
        assertThat(byCode).hasSize(10_000);
        for (ScheduledPackage p : schedule.packages()) {
            int latestPredecessorFinish = 0;
            for (String predecessor : p.spec().predecessors()) {
                ScheduledPackage before = byCode.get(predecessor);
                assertThat(before.earlyFinish()).as(predecessor + " before " + p.code())
                        .isLessThanOrEqualTo(p.earlyStart());
                assertThat(before.lateFinish()).isLessThanOrEqualTo(p.lateStart());
                latestPredecessorFinish = Math.max(latestPredecessorFinish, before.earlyFinish());
            }
            assertThat(p.earlyStart()).as(p.code()).isEqualTo(latestPredecessorFinish);
            assertThat(p.totalFloat()).as(p.code()).isNotNegative();
            assertThat(p.critical()).as(p.code()).isEqualTo(p.totalFloat() == 0);
            assertThat(p.lateFinish()).isLessThanOrEqualTo(schedule.durationDays());
            assertThat(p.plannedStart().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(p.plannedFinish().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        assertCriticalPathRunsFromStartToFinish(schedule, byCode);
    }

    private static void assertCriticalPathRunsFromStartToFinish(Schedule schedule,
                                                                Map<String, ScheduledPackage> byCode) {
        List<ScheduledPackage> path = schedule.criticalPath().stream().map(byCode::get).toList();
        assertThat(path).isNotEmpty().allMatch(p -> p.totalFloat() == 0);
        assertThat(path.get(0).earlyStart()).isZero();
        assertThat(path.get(path.size() - 1).earlyFinish()).isEqualTo(schedule.durationDays());
        for (int i = 1; i < path.size(); i++) {
            assertThat(path.get(i).spec().predecessors()).contains(path.get(i - 1).code());
            assertThat(path.get(i).earlyStart()).isEqualTo(path.get(i - 1).earlyFinish());
        }
    }

    /** Each package depends on up to three earlier ones, and the list is shuffled so input order is no help. */
    static List<WorkPackageSpec> randomDag(int size, Random random) {
        List<WorkPackageSpec> plan = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<String> predecessors = new ArrayList<>();
            int count = i == 0 ? 0 : random.nextInt(4);
            for (int k = 0; k < count; k++) {
                String predecessor = "WP-" + random.nextInt(i);
                if (!predecessors.contains(predecessor)) {
                    predecessors.add(predecessor);
                }
            }
            plan.add(new WorkPackageSpec("WP-" + i, "Package " + i, BigDecimal.valueOf(1 + random.nextInt(80)),
                    "JAVA", 3, predecessors));
        }
        Collections.shuffle(plan, random);
        return plan;
    }

    static WorkPackageSpec wp(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                Arrays.asList(predecessors));
    }

    private static Map<String, ScheduledPackage> byCode(Schedule schedule) {
        return schedule.packages().stream().collect(Collectors.toMap(ScheduledPackage::code, Function.identity(),
                (a, b) -> a, HashMap::new));
    }

    private static void assertFigures(ScheduledPackage p, int earlyStart, int earlyFinish, int lateStart,
                                      int lateFinish, int totalFloat) {
        assertThat(List.of(p.earlyStart(), p.earlyFinish(), p.lateStart(), p.lateFinish(), p.totalFloat()))
                .as(p.code() + " ES, EF, LS, LF, float")
                .containsExactly(earlyStart, earlyFinish, lateStart, lateFinish, totalFloat);
    }

    private static void assertDates(ScheduledPackage p, String start, String finish) {
        assertThat(List.of(p.plannedStart(), p.plannedFinish())).as(p.code() + " start, finish")
                .containsExactly(LocalDate.parse(start), LocalDate.parse(finish));
    }
}
