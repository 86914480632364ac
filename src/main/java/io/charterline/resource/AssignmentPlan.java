package io.charterline.resource;

import java.util.List;

/** What the {@link AssignmentPlanner} decided: who takes which package, what to book, and what it could not staff. */
public record AssignmentPlan(List<PackageAssignment> assignments, List<StaffingGap> gaps, List<Booking> bookings) {

    public AssignmentPlan {
        assignments = List.copyOf(assignments);
        gaps = List.copyOf(gaps);
        bookings = List.copyOf(bookings);
    }
}
