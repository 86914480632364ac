package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 1,000 work packages over 10,000 people, half a year, with leave and other projects' bookings: every package is
 * staffed or reported, and nobody is booked beyond capacity. How fast it runs belongs in the benchmark.
 */
class AssignmentPlannerScaleTest {

    private final RandomStaffing data = new RandomStaffing();
    private final List<PoolResource> pool = data.pool(10_000);
    private final List<BookedWeek> otherProjects = data.otherProjects(20_000, pool.size());
    private final List<StaffingDemand> demands = data.demands(1_000);

    @Test
    void everyPackageIsStaffedOrReportedAndNoPersonWeekExceedsCapacity() {
        AssignmentPlan plan = new AssignmentPlanner(pool, otherProjects).plan(demands);

        Set<String> staffed = plan.assignments().stream().map(PackageAssignment::packageCode)
                .collect(Collectors.toSet());
        Set<String> reported = plan.gaps().stream().map(StaffingGap::packageCode).collect(Collectors.toSet());
        assertThat(staffed).doesNotContainAnyElementsOf(reported);
        assertThat(staffed.size() + reported.size()).isEqualTo(demands.size());
        assertThat(plan.assignments().size() + plan.gaps().size()).isEqualTo(demands.size());
        // The generated demand includes packages no one can take, so both outcomes must occur.
        assertThat(staffed).hasSizeGreaterThan(900);
        assertThat(reported).isNotEmpty();

        assertWithinCapacity(plan);
        assertEachPackageBookedInFullOnAQualifiedPerson(plan);
        assertThat(plan.gaps()).allSatisfy(gap -> assertThat(gap.hoursMissing()).isPositive());
    }

    /** Other projects may already overbook someone (the PMO can assign by hand); this run must add to no such week. */
    private void assertWithinCapacity(AssignmentPlan plan) {
        Map<Long, PoolResource> byId = pool.stream().collect(Collectors.toMap(PoolResource::id, Function.identity()));
        Map<Long, Map<LocalDate, BigDecimal>> load = new HashMap<>();
        otherProjects.forEach(booked -> load.computeIfAbsent(booked.resourceId(), id -> new HashMap<>())
                .merge(booked.weekStart(), booked.hours(), BigDecimal::add));
        plan.bookings().forEach(booking -> load.computeIfAbsent(booking.resourceId(), id -> new HashMap<>())
                .merge(booking.weekStart(), booking.hours(), BigDecimal::add));
        for (Booking booking : plan.bookings()) {
            PoolResource person = byId.get(booking.resourceId());
            assertThat(load.get(booking.resourceId()).get(booking.weekStart()))
                    .as("%s in week %s", person.userId(), booking.weekStart())
                    .isLessThanOrEqualTo(WorkWeeks.capacity(person.weeklyCapacityHours(), person.unavailability(),
                            booking.weekStart()));
        }
    }

    private void assertEachPackageBookedInFullOnAQualifiedPerson(AssignmentPlan plan) {
        Map<String, StaffingDemand> demandByCode = demands.stream()
                .collect(Collectors.toMap(StaffingDemand::packageCode, Function.identity()));
        Map<String, PoolResource> byUser = pool.stream()
                .collect(Collectors.toMap(PoolResource::userId, Function.identity()));
        Map<String, BigDecimal> bookedByPackage = plan.bookings().stream().collect(Collectors.groupingBy(
                Booking::packageCode, Collectors.reducing(BigDecimal.ZERO, Booking::hours, BigDecimal::add)));
        for (PackageAssignment assignment : plan.assignments()) {
            StaffingDemand demand = demandByCode.get(assignment.packageCode());
            PoolResource person = byUser.get(assignment.userId());
            assertThat(person.skillLevels().getOrDefault(demand.skill(), 0)).isGreaterThanOrEqualTo(demand.minLevel());
            assertThat(bookedByPackage.get(assignment.packageCode())).isEqualByComparingTo(demand.hours());
        }
    }
}
