package io.charterline.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Risks and issues")
@RequestMapping("/api/projects/{key}/issues")
class IssueController {

    private final RiskRegister register;
    private final RegisterAccess access;
    private final RaisedEntryNotice notice;

    IssueController(RiskRegister register, RegisterAccess access, RaisedEntryNotice notice) {
        this.register = register;
        this.access = access;
        this.notice = notice;
    }

    @GetMapping
    @Operation(summary = "The project's issues, most severe first")
    List<IssueView> list(@PathVariable String key) {
        return register.issues(key);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One issue of the project")
    IssueView get(@PathVariable String key, @PathVariable long id) {
        return register.issue(key, id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded; the issue as stored",
            headers = @Header(name = "Location", description = "Where the new issue is read"))
    @Operation(summary = "Record an issue",
            description = "Severity LOW, MEDIUM, HIGH or CRITICAL; an open CRITICAL issue turns project health RED "
                    + "at the next status cycle. Status defaults to OPEN. The project's manager or sponsor, the PMO "
                    + "and administrators may record one; people booked on the project may raise an OPEN one "
                    + "(403 otherwise). Records who raised it (raisedBy) and tells the project manager when "
                    + "someone else did.")
    ResponseEntity<IssueView> add(@PathVariable String key, @RequestBody IssueInput issue) {
        IssueView created = register.addIssue(key, issue, access.requireRaiser(key, issue.status()));
        notice.issueRaised(created);
        return ResponseEntity.created(URI.create("/api/projects/" + key + "/issues/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an issue", description = "Replaces every field, as resources and services do: "
            + "send all fields as for POST, status required; a field left out (such as the description) is "
            + "erased. A status that becomes RESOLVED or CLOSED needs a closingNote saying why; the issue then "
            + "shows it with who settled it and when (closedBy, closedAt). Reopening it clears all three.")
    IssueView update(@PathVariable String key, @PathVariable long id, @RequestBody IssueInput issue) {
        access.requireWriter(key);
        return register.updateIssue(key, id, issue);
    }
}
