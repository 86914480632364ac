package io.charterline.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Plans")
@RequestMapping("/api/projects/{key}/work-packages")
class WorkPackageController {

    static final String TEXT_CSV = "text/csv";

    private final WorkPackageParser parser = new WorkPackageParser();
    private final PlanService planService;
    private final WorkPackageService workPackageService;
    private final PlannedAssignees plannedAssignees;

    WorkPackageController(PlanService planService, WorkPackageService workPackageService,
                          PlannedAssignees plannedAssignees) {
        this.planService = planService;
        this.workPackageService = workPackageService;
        this.plannedAssignees = plannedAssignees;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "An earlier draft replaced; the schedule summary")
    @ApiResponse(responseCode = "201", description = "The first draft stored; the schedule summary",
            headers = @Header(name = "Location", description = "Where the work packages are read"))
    @Operation(summary = "Upload the draft plan as a JSON array of work packages",
            description = "Each package: code, name, estimateHours, skill, skillLevel, predecessors (array of codes). "
                    + "Replaces an earlier draft (200) or stores the first one (201), answering with the schedule "
                    + "summary. Only while the project is PLANNING (else 409), only for its manager, the PMO or "
                    + "administrators (else 403). Errors name workPackages[i].<field>, i counting from 0.")
    ResponseEntity<PlanSummary> uploadJson(@PathVariable String key, @RequestBody byte[] body,
                                           Authentication user) {
        return store(key, user, parser::parseJson, body);
    }

    @PostMapping(consumes = TEXT_CSV)
    @ApiResponse(responseCode = "200", description = "An earlier draft replaced; the schedule summary")
    @ApiResponse(responseCode = "201", description = "The first draft stored; the schedule summary",
            headers = @Header(name = "Location", description = "Where the work packages are read"))
    @Operation(summary = "Upload the draft plan as CSV (UTF-8)",
            description = "Header code,name,estimateHours,skill,skillLevel,predecessors; predecessors "
                    + "space-separated in their field. Format errors name the line.")
    ResponseEntity<PlanSummary> uploadCsv(@PathVariable String key, @RequestBody byte[] body, Authentication user) {
        return store(key, user, parser::parseCsv, body);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "200", description = "An earlier draft replaced; the schedule summary")
    @ApiResponse(responseCode = "201", description = "The first draft stored; the schedule summary",
            headers = @Header(name = "Location", description = "Where the work packages are read"))
    @Operation(summary = "Upload the draft plan as a file (part 'file'), JSON if it starts with '[', else CSV")
    ResponseEntity<PlanSummary> uploadFile(@PathVariable String key, @RequestParam("file") MultipartFile file,
                                           Authentication user) throws IOException {
        return store(key, user, parser::parse, file.getBytes());
    }

    @GetMapping
    @Operation(summary = "The project's live work packages with their state and assignee",
            description = "assignee: who holds the package's task, once it is released. plannedAssignee: who the "
                    + "resource ledger books on it (as /assignments shows), also for work not released yet.")
    List<WorkPackageView> list(@PathVariable String key) {
        List<WorkPackage> packages = workPackageService.list(key);
        Map<String, String> planned = packages.isEmpty() ? Map.of() : plannedAssignees.assigneesOf(key);
        return packages.stream().map(wp -> new WorkPackageView(wp, planned.get(wp.code()))).toList();
    }

    private ResponseEntity<PlanSummary> store(String key, Authentication user,
                                              Function<String, List<WorkPackageSpec>> parse, byte[] body) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (!planService.mayEditPlan(key, user.getName(), groups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the project manager of " + key
                    + ", the PMO or an administrator may upload its plan");
        }
        planService.requireUploadable(key);
        PlanService.StoredDraft stored = planService.storeDraft(key,
                parse.apply(new String(body, StandardCharsets.UTF_8)));
        return stored.replacedEarlierDraft()
                ? ResponseEntity.ok(stored.summary())
                : ResponseEntity.created(URI.create("/api/projects/" + key + "/work-packages")).body(stored.summary());
    }
}
