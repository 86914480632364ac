package io.charterline.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resources")
@RequestMapping("/api/resources")
class ResourceController {

    static final String PMO = "pmo";
    static final String ADMINS = "camunda-admin";
    /** Who may add or change people of the pool. */
    static final String MAY_EDIT = "hasAnyAuthority('" + PMO + "', '" + ADMINS + "')";

    private final ResourcePool pool;

    ResourceController(ResourcePool pool) {
        this.pool = pool;
    }

    @GetMapping
    @Operation(summary = "The resource pool by user id, optionally only people with a skill at a minimum level")
    List<ResourceView> list(@RequestParam(required = false) String skill,
                            @RequestParam(required = false) Integer minLevel) {
        return pool.list(skill, minLevel);
    }

    @GetMapping("/{userId}")
    @Operation(summary = "One person of the pool")
    ResourceView get(@PathVariable String userId) {
        return pool.get(userId);
    }

    @PostMapping
    @PreAuthorize(MAY_EDIT)
    @ApiResponse(responseCode = "201", description = "Added; the person as stored",
            headers = @Header(name = "Location", description = "Where the person is read"))
    @Operation(summary = "Add a person to the pool (PMO and administrators)")
    ResponseEntity<ResourceView> create(@RequestBody ResourceInput input) {
        ResourceView created = pool.create(input);
        return ResponseEntity.created(URI.create("/api/resources/" + created.userId())).body(created);
    }

    @PutMapping("/{userId}")
    @PreAuthorize(MAY_EDIT)
    @Operation(summary = "Replace a person's name, capacity, rate, skills and days away (PMO and administrators)")
    ResourceView update(@PathVariable String userId, @RequestBody ResourceInput input) {
        return pool.update(userId, input);
    }
}
