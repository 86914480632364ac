package io.charterline.project;

import io.charterline.charter.CharterInput;
import io.charterline.platform.identity.CharterlineGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectService projectService;

    ProjectController(ProjectService projectService) {
        this.projectService = projectService;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Started; the new project",
            headers = @Header(name = "Location", description = "Where the new project is read"))
    @Operation(summary = "Start a project from its charter",
            description = "Validates the charter, starts the project-lifecycle process and answers with the "
                    + "new project key (PRJ-<year>-<number>). Invalid charters get 400 naming each bad field.")
    ResponseEntity<ProjectView> start(@RequestBody CharterInput charter) {
        ProjectView project = projectService.start(charter);
        return ResponseEntity.created(URI.create("/api/projects/" + project.key())).body(project);
    }

    @PostMapping("/{key}/termination")
    @Operation(summary = "Terminate an executing project early (its sponsor only)",
            description = "Cancels the open work packages; the lifecycle continues with acceptance and closing "
                    + "and closes the project as TERMINATED.")
    ProjectView terminate(@PathVariable String key, @RequestBody TerminationRequest request,
                          Authentication authentication) {
        boolean administrator = authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(CharterlineGroups.ADMINS));
        return projectService.terminate(key, request, authentication.getName(), administrator);
    }

    @GetMapping
    @Operation(summary = "List all projects",
            description = "approvedBudget is absent until the sponsor approves the charter, and for a rejected one.")
    List<ProjectView> list() {
        return projectService.list();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One project",
            description = "approvedBudget is absent until the sponsor approves the charter, and for a rejected one. "
                    + "charterDecision: the sponsor's latest decision on the charter (APPROVE, REWORK or "
                    + "REJECT), its reason (required for REWORK and REJECT), decidedBy and decidedAt; null before "
                    + "the first review. A rejected project's author also gets an \"Acknowledge charter "
                    + "rejection\" task in Tasklist with the reason. ending: for a closed, terminated or rejected "
                    + "project the day it ended, who accepted its deliverables and when, and the path of its closeout "
                    + "report; GET .../scope has its scope statement. 404 for an unknown project.")
    ProjectView get(@PathVariable String key) {
        return projectService.get(key);
    }
}
