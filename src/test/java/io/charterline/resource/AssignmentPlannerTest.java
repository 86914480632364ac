package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-checked plans. March 2026: the 2nd and 9th are Mondays, the 6th and 13th Fridays. */
class AssignmentPlannerTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate WEEK_2 = LocalDate.of(2026, 3, 9);

    @Test
    void aSecondProjectFindsTheSpecialistBookedByTheFirst() {
        PoolResource architect = person(1, "arch", 40, "140", Map.of("ARCHITECTURE", 5));
        AssignmentPlan first = new AssignmentPlanner(List.of(architect), List.of())
                .plan(List.of(demand("A-1", "ARCHITECTURE", 5, "30", WEEK_1, WEEK_1.plusDays(4))));
        assertThat(first.assignments()).extracting(PackageAssignment::userId).containsExactly("arch");

        AssignmentPlan second = new AssignmentPlanner(List.of(architect), bookedBy(first))
                .plan(List.of(demand("B-1", "ARCHITECTURE", 5, "20", WEEK_1, WEEK_1.plusDays(4)),
                        demand("B-2", "ARCHITECTURE", 5, "10", WEEK_2, WEEK_2.plusDays(4))));

        assertThat(second.assignments()).extracting(PackageAssignment::packageCode, PackageAssignment::userId)
                .containsExactly(tuple("B-2", "arch"));
        StaffingGap gap = second.gaps().get(0);
        assertThat(gap.packageCode()).isEqualTo("B-1");
        assertThat(gap.closestCandidate()).isEqualTo("arch");
        assertThat(gap.hoursMissing()).isEqualByComparingTo("10");
        assertThat(gap.weeks()).extracting(StaffingGap.Week::weekStart, StaffingGap.Week::hoursNeeded,
                StaffingGap.Week::hoursMissing).containsExactly(tuple(WEEK_1, hours("20.00"), hours("10.00")));
    }

    @Test
    void theSpecialistTakesWhatStillFitsBesideTheOtherProject() {
        PoolResource architect = person(1, "arch", 40, "140", Map.of("ARCHITECTURE", 5));
        List<BookedWeek> otherProject = List.of(new BookedWeek(1, WEEK_1, hours("30")));

        AssignmentPlan plan = new AssignmentPlanner(List.of(architect), otherProject)
                .plan(List.of(demand("B-1", "ARCHITECTURE", 5, "10", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.gaps()).isEmpty();
        assertThat(plan.bookings()).containsExactly(new Booking("B-1", 1, WEEK_1, hours("10.00")));
    }

    @Test
    void daysAwayTakeCapacitySoAColleagueWithoutLeaveIsChosen() {
        // Alice is cheaper but away Monday to Wednesday of week 2: 40 - 3 x 8 = 16 h, less than the 30 h needed.
        PoolResource alice = person(1, "alice", 40, "100", Map.of("JAVA", 3),
                new Unavailability(WEEK_2, WEEK_2.plusDays(2), "Leave"));
        PoolResource bob = person(2, "bob", 40, "110", Map.of("JAVA", 3));

        AssignmentPlan plan = new AssignmentPlanner(List.of(alice, bob), List.of())
                .plan(List.of(demand("WP-1", "JAVA", 3, "60", WEEK_1, WEEK_2.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::userId).containsExactly("bob");
    }

    @Test
    void daysAwayShowAsTheMissingHoursOfTheirWeek() {
        PoolResource alice = person(1, "alice", 40, "100", Map.of("JAVA", 3),
                new Unavailability(WEEK_2, WEEK_2.plusDays(2), "Leave"));

        AssignmentPlan plan = new AssignmentPlanner(List.of(alice), List.of())
                .plan(List.of(demand("WP-1", "JAVA", 3, "60", WEEK_1, WEEK_2.plusDays(4))));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.bookings()).isEmpty();
        StaffingGap gap = plan.gaps().get(0);
        assertThat(gap.hoursDemanded()).isEqualByComparingTo("60");
        assertThat(gap.hoursMissing()).isEqualByComparingTo("14");
        assertThat(gap.weeks()).extracting(StaffingGap.Week::weekStart, StaffingGap.Week::hoursMissing)
                .containsExactly(tuple(WEEK_2, hours("14.00")));
        assertThat(gap.reason()).contains("alice", "14.00 h in 1 week(s)");
    }

    @Test
    void aPersonBelowTheRequiredLevelIsNotChosenEvenWhenCheaper() {
        PoolResource junior = person(1, "junior", 40, "70", Map.of("JAVA", 2));
        PoolResource senior = person(2, "senior", 40, "130", Map.of("JAVA", 4));

        AssignmentPlan plan = new AssignmentPlanner(List.of(junior, senior), List.of())
                .plan(List.of(demand("WP-3", "JAVA", 3, "20", WEEK_1, WEEK_1.plusDays(4)),
                        demand("WP-2", "JAVA", 2, "20", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::packageCode, PackageAssignment::userId)
                .containsExactly(tuple("WP-2", "junior"), tuple("WP-3", "senior"));
    }

    @Test
    void aSkillNobodyHasAtTheLevelIsAGapOfAllItsHours() {
        PoolResource senior = person(1, "senior", 40, "130", Map.of("JAVA", 4));

        AssignmentPlan plan = new AssignmentPlanner(List.of(senior), List.of())
                .plan(List.of(demand("WP-1", "JAVA", 5, "50", WEEK_1, WEEK_2.plusDays(4)),
                        demand("WP-2", "SECURITY", 1, "8", WEEK_1, WEEK_1)));

        assertThat(plan.gaps()).extracting(StaffingGap::packageCode, StaffingGap::closestCandidate,
                StaffingGap::hoursMissing).containsExactly(tuple("WP-1", null, hours("50.00")),
                tuple("WP-2", null, hours("8.00")));
        assertThat(plan.gaps().get(0).weeks()).extracting(StaffingGap.Week::hoursMissing)
                .containsExactly(hours("25.00"), hours("25.00"));
        assertThat(plan.gaps().get(0).reason()).isEqualTo("Nobody active in the pool has JAVA at level 5 or above.");
    }

    @Test
    void theGapIsMeasuredAgainstTheCandidateWhoCouldCoverTheMost() {
        // Both are booked elsewhere in week 2: carol has 5 h free there, dave 20 h; the package needs 30 h a week.
        PoolResource carol = person(1, "carol", 40, "90", Map.of("DATA", 3));
        PoolResource dave = person(2, "dave", 40, "120", Map.of("DATA", 4));
        List<BookedWeek> elsewhere = List.of(new BookedWeek(1, WEEK_2, hours("35")),
                new BookedWeek(2, WEEK_2, hours("20")));

        StaffingGap gap = new AssignmentPlanner(List.of(carol, dave), elsewhere)
                .plan(List.of(demand("WP-1", "DATA", 3, "60", WEEK_1, WEEK_2.plusDays(4)))).gaps().get(0);

        assertThat(gap.closestCandidate()).isEqualTo("dave");
        assertThat(gap.hoursMissing()).isEqualByComparingTo("10");
        assertThat(gap.weeks()).extracting(StaffingGap.Week::weekStart, StaffingGap.Week::hoursNeeded)
                .containsExactly(tuple(WEEK_2, hours("30.00")));
    }

    @Test
    void packagesOfTheSameProjectCompeteForTheSameWeeks() {
        PoolResource erin = person(1, "erin", 40, "100", Map.of("TESTING", 3));

        AssignmentPlan plan = new AssignmentPlanner(List.of(erin), List.of())
                .plan(List.of(demand("WP-1", "TESTING", 1, "30", WEEK_1, WEEK_1.plusDays(4)),
                        demand("WP-2", "TESTING", 1, "30", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::packageCode).containsExactly("WP-1");
        assertThat(plan.gaps()).extracting(StaffingGap::packageCode, StaffingGap::hoursMissing)
                .containsExactly(tuple("WP-2", hours("20.00")));
    }

    @Test
    void lowerUtilisationWinsOverLowerCost() {
        PoolResource busyButCheap = person(1, "cheap", 40, "90", Map.of("UX", 3));
        PoolResource idleButDear = person(2, "dear", 40, "120", Map.of("UX", 3));
        List<BookedWeek> elsewhere = List.of(new BookedWeek(1, WEEK_1, hours("20")));

        AssignmentPlan plan = new AssignmentPlanner(List.of(busyButCheap, idleButDear), elsewhere)
                .plan(List.of(demand("WP-1", "UX", 3, "10", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::userId).containsExactly("dear");
    }

    @Test
    void utilisationIsRelativeToEachPersonsCapacity() {
        // 10 h is half of a 20-hour week but a quarter of a 40-hour one.
        PoolResource partTime = person(1, "part", 20, "80", Map.of("UX", 3));
        PoolResource fullTime = person(2, "full", 40, "120", Map.of("UX", 3));

        AssignmentPlan plan = new AssignmentPlanner(List.of(partTime, fullTime), List.of())
                .plan(List.of(demand("WP-1", "UX", 3, "10", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::userId).containsExactly("full");
    }

    @Test
    void atEqualUtilisationTheLowerCostRateWins() {
        PoolResource dear = person(1, "dear", 40, "120", Map.of("UX", 3));
        PoolResource cheap = person(2, "cheap", 40, "95", Map.of("UX", 2));

        AssignmentPlan plan = new AssignmentPlanner(List.of(dear, cheap), List.of())
                .plan(List.of(demand("WP-1", "UX", 2, "10", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::userId).containsExactly("cheap");
    }

    @Test
    void atEqualUtilisationAndRateTheLowerIdWins() {
        PoolResource seven = person(7, "seven", 40, "100", Map.of("UX", 3));
        PoolResource three = person(3, "three", 40, "100.00", Map.of("UX", 3));

        AssignmentPlan plan = new AssignmentPlanner(List.of(seven, three), List.of())
                .plan(List.of(demand("WP-1", "UX", 3, "10", WEEK_1, WEEK_1.plusDays(4))));

        assertThat(plan.assignments()).extracting(PackageAssignment::userId).containsExactly("three");
    }

    @Test
    void theSameDemandsInAnotherOrderGiveTheSamePlan() {
        List<PoolResource> pool = List.of(person(1, "a", 40, "100", Map.of("JAVA", 3, "TESTING", 2)),
                person(2, "b", 32, "100", Map.of("JAVA", 4)), person(3, "c", 40, "90", Map.of("TESTING", 4)));
        List<StaffingDemand> demands = new ArrayList<>(List.of(
                demand("WP-1", "JAVA", 3, "50", WEEK_1, WEEK_2.plusDays(4)),
                demand("WP-2", "JAVA", 3, "30", WEEK_1, WEEK_1.plusDays(4)),
                demand("WP-3", "TESTING", 2, "30", WEEK_2, WEEK_2.plusDays(4)),
                demand("WP-4", "TESTING", 2, "45", WEEK_1, WEEK_2.plusDays(2)),
                demand("WP-5", "JAVA", 4, "40", WEEK_2, WEEK_2.plusDays(4))));
        AssignmentPlan expected = new AssignmentPlanner(pool, List.of()).plan(demands);

        Collections.reverse(demands);
        AssignmentPlan reversed = new AssignmentPlanner(pool, List.of()).plan(demands);
        Collections.swap(demands, 0, 2);
        AssignmentPlan swapped = new AssignmentPlanner(List.of(pool.get(2), pool.get(0), pool.get(1)), List.of())
                .plan(demands);

        assertThat(reversed).isEqualTo(expected);
        assertThat(swapped).isEqualTo(expected);
    }

    @Test
    void aPackageCodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> new AssignmentPlanner(List.of(), List.of())
                .plan(List.of(demand("WP-1", "UX", 1, "8", WEEK_1, WEEK_1), demand("WP-1", "UX", 1, "8", WEEK_2,
                        WEEK_2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WP-1");
    }

    static PoolResource person(long id, String userId, int weeklyHours, String rate, Map<String, Integer> skills,
                               Unavailability... away) {
        return new PoolResource(id, userId, weeklyHours, new BigDecimal(rate), skills, List.of(away));
    }

    static StaffingDemand demand(String code, String skill, int minLevel, String hours, LocalDate start,
                                 LocalDate finish) {
        return new StaffingDemand(code, skill, minLevel, new BigDecimal(hours), start, finish);
    }

    private static List<BookedWeek> bookedBy(AssignmentPlan plan) {
        return plan.bookings().stream()
                .map(booking -> new BookedWeek(booking.resourceId(), booking.weekStart(), booking.hours()))
                .toList();
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }
}
