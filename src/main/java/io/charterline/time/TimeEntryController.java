package io.charterline.time;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Time entries")
@RequestMapping("/api/projects/{key}/time-entries")
class TimeEntryController {

    private static final String READERS = "Readable by the project's team (booked on it, assigned its work or with "
            + "hours on it), its manager and sponsor, the PMO and administrators; 403 for others, 404 for an "
            + "unknown project.";

    private final TimeEntryService timeEntries;
    private final HoursAccess access;

    TimeEntryController(TimeEntryService timeEntries, HoursAccess access) {
        this.timeEntries = timeEntries;
        this.access = access;
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
                    + "completing a package cover its whole span, not the day: an entry in a completed package's "
                    + "days must leave room, 24 h a day, for what its completion reported beyond its entries. "
                    + "The package's task form in Tasklist shows the hours booked on it so far. "
                    + "404 for an unknown project.")
    TimeEntry book(@PathVariable String key, @RequestBody TimeEntryInput input, Authentication user) {
        return timeEntries.book(key, input, user.getName(), HoursAccess.groups(user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a time entry",
            description = "Body: date, hours, note (optional; left out it is cleared), version (the entry's "
                    + "version as read; each correction raises it) and reason (why; required unless you are the "
                    + "entry's person, at most 4000 characters). Replaces the entry's day, hours and note; its "
                    + "package and person stay (to move hours to another package, withdraw the entry and book "
                    + "them there). Allowed for the entry's person, the project's manager, the PMO and "
                    + "administrators (else 403), while the package is neither DONE nor CANCELLED and the project "
                    + "is active (else 409). The same rules as a new booking, else 400 naming each field: date "
                    + "neither in the future nor before the package was released, hours more than 0 and at most "
                    + "24 with at most 2 decimals, and the person's other entries that day plus these at most "
                    + "24 h. 409 if someone changed or withdrew the entry since it was read at that version. "
                    + "The correction is kept with its reason and a note it replaced (GET .../time-entries/"
                    + "corrections), the entry's person is notified (TIME_ENTRY_CORRECTED) when someone else "
                    + "corrected it, and the package's task form and KPIs show the new hours. "
                    + "404 for an unknown project or entry.")
    TimeEntry correct(@PathVariable String key, @PathVariable long id, @RequestBody TimeEntryCorrectionInput input,
                      Authentication user) {
        return timeEntries.correct(key, id, input, user.getName(), HoursAccess.groups(user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a time entry booked by mistake",
            description = "Query: version (the entry's version as read; else 400) and reason (why, URL-encoded; "
                    + "required unless you are the entry's person, else 400). Who may and when as for a "
                    + "correction (403, 409); 409 too if the entry changed since it was read. The withdrawal is "
                    + "kept with its reason and the entry's note (GET .../time-entries/corrections), the entry's "
                    + "person is notified (TIME_ENTRY_WITHDRAWN) when someone else withdrew it, and the package's "
                    + "booked hours drop by the entry's. 404 for an unknown project or entry.")
    void withdraw(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, Authentication user) {
        timeEntries.withdraw(key, id, version, reason, user.getName(), HoursAccess.groups(user));
    }

    @GetMapping("/corrections")
    @Operation(summary = "The project's corrections and withdrawals of time entries, oldest first",
            description = "Each with the entry, its package and person, CORRECTED or WITHDRAWN, the old day and "
                    + "hours, the new ones (none for a withdrawal), who changed it, when and why (reason), and "
                    + "oldNote/newNote where a correction changed the note (oldNote: the withdrawn entry's note). "
                    + READERS)
    List<TimeEntryCorrection> corrections(@PathVariable String key, Authentication user) {
        access.requireProjectReader(key, "time entries", user);
        return timeEntries.corrections(key);
    }

    @GetMapping
    @Operation(summary = "The project's time entries, oldest day first",
            description = "Optional filters: person (user id) and workPackage (code). " + READERS)
    List<TimeEntry> list(@PathVariable String key, @RequestParam(required = false) String person,
                         @RequestParam(required = false) String workPackage, Authentication user) {
        access.requireProjectReader(key, "time entries", user);
        return timeEntries.list(key, person, workPackage);
    }
}
