package io.charterline.cmdb;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service catalog")
@RequestMapping("/api/freeze-periods")
class FreezePeriodController {

    private final ServiceCatalog catalog;

    FreezePeriodController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Every freeze period, global (no service) and per service")
    List<FreezePeriodView> list() {
        return catalog.freezePeriods();
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('pmo', 'camunda-admin')")
    @ApiResponse(responseCode = "201", description = "Frozen; the freeze period as stored",
            headers = @Header(name = "Location", description = "Where the freeze period is read"))
    @Operation(summary = "Freeze all services for a date range (PMO and administrators)")
    ResponseEntity<FreezePeriodView> create(@RequestBody ServiceInput.FreezeInput input) {
        FreezePeriodView created = catalog.freezeAll(input);
        return ResponseEntity.created(URI.create("/api/freeze-periods/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('pmo', 'camunda-admin')")
    @ApiResponse(responseCode = "204", description = "Lifted; no body")
    @Operation(summary = "Lift a global freeze (PMO and administrators)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        catalog.deleteGlobalFreeze(id);
        return ResponseEntity.noContent().build();
    }
}
