package io.charterline.scope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
@RequestMapping("/api/projects/{key}/scope")
class ScopeStatementController {

    private final ScopeStatementService scopeStatements;

    ScopeStatementController(ScopeStatementService scopeStatements) {
        this.scopeStatements = scopeStatements;
    }

    @GetMapping
    @Operation(summary = "The project's scope statement",
            description = "In and out of scope, deliverables, acceptance criteria, assumptions, constraints and the "
                    + "initial risks, as the project manager last recorded them in 'Prepare scope statement', with "
                    + "who and when. Readable like the project; it stays after closeout.")
    @ApiResponse(responseCode = "200", description = "The scope statement")
    @ApiResponse(responseCode = "404", description = "No project with this key, or no scope statement recorded yet")
    ScopeStatementView get(@PathVariable String key) {
        return scopeStatements.view(key);
    }
}
