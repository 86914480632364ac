package io.charterline.resource;

import io.charterline.platform.web.InvalidInputException;
import io.charterline.time.HoursAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is booked when: people's hours, so a project's assignments are for its people and the portfolio's load for
 * those who plan people ({@link HoursAccess}).
 */
@RestController
@Tag(name = "Resources")
class AssignmentController {

    static final long MAX_RANGE_DAYS = 731;

    private final AssignmentService assignmentService;
    private final HoursAccess access;

    AssignmentController(AssignmentService assignmentService, HoursAccess access) {
        this.assignmentService = assignmentService;
        this.access = access;
    }

    @GetMapping("/api/resource-load")
    @Operation(summary = "Booked hours per person per week across all active projects, with capacity and overload",
            description = "Weeks (Monday to Sunday) that hold a day from 'from' to 'to', at most two years; only "
                    + "person-weeks with bookings are listed. Read by the PMO, project managers and administrators, "
                    + "who plan people; anyone else gets 403 naming them.")
    List<WeeklyLoad> portfolioLoad(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   Authentication user) {
        access.requirePlanner("resource load", user);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "must be on or after from and at most two years after it");
        }
        return assignmentService.portfolioLoad(from, to);
    }

    @GetMapping("/api/projects/{key}/assignments")
    @Operation(summary = "Who is booked on each work package of the project, in total and per week",
            description = "Read by the project's team, its manager and sponsor, the PMO and administrators; anyone "
                    + "else gets 403 naming them.")
    List<ProjectAssignment> projectAssignments(@PathVariable String key, Authentication user) {
        access.requireProjectReader(key, "assignments", user);
        return assignmentService.assignmentsOf(key);
    }
}
