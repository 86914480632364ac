package io.charterline.time;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects/{key}/time-entries")
class TimeEntryController {

    private final TimeEntryService timeEntries;

    TimeEntryController(TimeEntryService timeEntries) {
        this.timeEntries = timeEntries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book hours on a work package",
            description = "Body: workPackage (code), date (YYYY-MM-DD), hours, note (optional), person (optional). "
                    + "Without person the signed-in user books for themselves; naming someone else is for the "
                    + "project's manager, the PMO and administrators (else 403). The person must be the package's "
                    + "assignee, the package READY or IN_PROGRESS, the date neither in the future nor before the "
                    + "package was released, hours more than 0 with at most 2 decimals, and the person's entries "
                    + "that day across all projects at most 24 h; else 400 naming each field. Hours given when "
                    + "completing a package cover its whole span and do not count toward the day. "
                    + "The package's task form in Tasklist shows the hours booked on it so far. "
                    + "404 for an unknown project.")
    TimeEntry book(@PathVariable String key, @RequestBody TimeEntryInput input, Authentication user) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return timeEntries.book(key, input, user.getName(), groups);
    }

    @GetMapping
    @Operation(summary = "The project's time entries, oldest day first",
            description = "Optional filters: person (user id) and workPackage (code). Anyone signed in may read.")
    List<TimeEntry> list(@PathVariable String key, @RequestParam(required = false) String person,
                         @RequestParam(required = false) String workPackage) {
        return timeEntries.list(key, person, workPackage);
    }
}
