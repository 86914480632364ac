package io.charterline.cmdb;

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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service catalog")
@RequestMapping("/api/services")
class ServiceController {

    private final ServiceCatalog catalog;

    ServiceController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The service catalog, by key, each with its dependencies, dependents and windows")
    List<ServiceView> list() {
        return catalog.list();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One service with its dependencies, dependents, maintenance windows and freeze periods")
    ServiceView get(@PathVariable String key) {
        return catalog.get(key);
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('pmo', 'camunda-admin')")
    @ApiResponse(responseCode = "201", description = "Added; the service as stored",
            headers = @Header(name = "Location", description = "Where the service is read"))
    @Operation(summary = "Add a service (PMO and administrators)",
            description = "An unknown dependency or a dependency cycle is answered with 400 naming the cycle.")
    ResponseEntity<ServiceView> create(@RequestBody ServiceInput input) {
        ServiceView created = catalog.create(input);
        return ResponseEntity.created(URI.create("/api/services/" + created.key())).body(created);
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasAnyAuthority('pmo', 'camunda-admin')")
    @Operation(summary = "Replace a service's fields, dependencies, windows and own freeze periods "
            + "(PMO and administrators)")
    ServiceView update(@PathVariable String key, @RequestBody ServiceInput input) {
        return catalog.update(key, input);
    }
}
