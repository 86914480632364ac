package io.charterline.resource;

import io.charterline.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resources")
class AssignmentController {

    static final long MAX_RANGE_DAYS = 731;

    private final AssignmentService assignmentService;

    AssignmentController(AssignmentService assignmentService) {
        this.assignmentService = assignmentService;
    }

    @GetMapping("/api/resource-load")
    @Operation(summary = "Booked hours per person per week across all active projects, with capacity and overload",
            description = "Weeks (Monday to Sunday) that hold a day from 'from' to 'to', at most two years; only "
                    + "person-weeks with bookings are listed.")
    List<WeeklyLoad> portfolioLoad(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "must be on or after from and at most two years after it");
        }
        return assignmentService.portfolioLoad(from, to);
    }

    @GetMapping("/api/projects/{key}/assignments")
    @Operation(summary = "Who is booked on each work package of the project, in total and per week")
    List<ProjectAssignment> projectAssignments(@PathVariable String key) {
        return assignmentService.assignmentsOf(key);
    }
}
