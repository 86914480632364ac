package io.charterline.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Change requests")
@RequestMapping("/api")
class ChangeRequestController {

    /** The groups that work in Charterline (CharterlineGroups.WORKING_GROUPS) may request changes. */
    private static final String MAY_REQUEST_CHANGES =
            "hasAnyAuthority('sponsors','pmo','project-managers','ccb','team-members','requesters')";

    private final ChangeRequestService changeRequests;
    private final ChangeWithdrawals withdrawals;

    ChangeRequestController(ChangeRequestService changeRequests, ChangeWithdrawals withdrawals) {
        this.changeRequests = changeRequests;
        this.withdrawals = withdrawals;
    }

    @PostMapping("/projects/{key}/change-requests")
    @PreAuthorize(MAY_REQUEST_CHANGES)
    @ApiResponse(responseCode = "201", description = "Registered; the change request",
            headers = @Header(name = "Location", description = "Where the change request is read"))
    @Operation(summary = "Request a change to a project",
            description = "Validates the proposal, registers the change request (CR-<year>-<number>) with the "
                    + "authenticated user as requester and opens change control in the project's lifecycle. "
                    + "404 for an unknown project, 409 when the project accepts no changes now, 400 naming each "
                    + "bad field. A MODIFY of a work package changes only the fields it gives; \"predecessors\": [] "
                    + "leaves the package without predecessors, an absent or null predecessors field keeps them.")
    ResponseEntity<ChangeRequestView> submit(@PathVariable String key, @RequestBody ChangeRequestInput input,
                                             Principal user) {
        ChangeRequestView changeRequest = changeRequests.submit(key, input, user.getName());
        return ResponseEntity.created(URI.create("/api/change-requests/" + changeRequest.id())).body(changeRequest);
    }

    @PostMapping("/projects/{key}/change-requests/impact-preview")
    @PreAuthorize(MAY_REQUEST_CHANGES)
    @Operation(summary = "Preview the impact and classification of a change (what-if)",
            description = "The same validation, impact analysis and change-classification decision as a real "
                    + "request; stores nothing and starts nothing.")
    ImpactPreview preview(@PathVariable String key, @RequestBody ChangeRequestInput input, Principal user) {
        return changeRequests.preview(key, input, user.getName());
    }

    @GetMapping("/projects/{key}/change-requests")
    @Operation(summary = "The project's change requests, oldest first",
            description = "Each with its id, title, status, requester, approval route, decision and dates; "
                    + "GET /api/change-requests/{id} has the whole request. Readable like the change log. 404 for an "
                    + "unknown project.")
    @ApiResponse(responseCode = "200", description = "The change requests, oldest first; empty when there are none")
    @ApiResponse(responseCode = "404", description = "No project with this key")
    List<ChangeRequestListItem> list(@PathVariable String key) {
        return changeRequests.list(key);
    }

    @PostMapping("/change-requests/{id}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a change request that is not yet decided (its requester or the project manager)",
            description = "Ends the change's change control as WITHDRAWN: its open tasks (classification by hand, "
                    + "approval, the requester's answer to an approver's question, the board's votes) go away, the "
                    + "change log records WITHDRAWN with who and why, and whoever had one of those tasks is notified "
                    + "(CHANGE_WITHDRAWN), as is an approver waiting for the answer to their question. A decided "
                    + "change is not withdrawn: an approved one that fails is backed out at its implementation review.")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "400", description = "reason missing, blank or longer than 2,000 characters")
    @ApiResponse(responseCode = "403", description = "Neither the change's requester nor the project's manager; "
            + "the answer names who may")
    @ApiResponse(responseCode = "404", description = "No change request with this id")
    @ApiResponse(responseCode = "409", description = "The change is decided already (APPROVED, REJECTED, ...) or its "
            + "change control is not running; the answer says which")
    void withdraw(@PathVariable String id, @RequestBody WithdrawalRequest request, Principal user) {
        withdrawals.withdraw(id, request, user.getName());
    }

    @GetMapping("/change-requests/{id}")
    @Operation(summary = "One change request with its impact, classification, decision and the board's votes")
    ChangeRequestView get(@PathVariable String id) {
        return changeRequests.get(id);
    }

    @GetMapping("/projects/{key}/change-log")
    @Operation(summary = "The change log of a project: every step of every change, oldest first")
    List<ChangeLogEntryView> changeLog(@PathVariable String key) {
        return changeRequests.changeLog(key);
    }
}
