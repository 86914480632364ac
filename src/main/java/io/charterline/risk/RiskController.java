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
@RequestMapping("/api/projects/{key}/risks")
class RiskController {

    private final RiskRegister register;
    private final RegisterAccess access;
    private final RaisedEntryNotice notice;

    RiskController(RiskRegister register, RegisterAccess access, RaisedEntryNotice notice) {
        this.register = register;
        this.access = access;
        this.notice = notice;
    }

    @GetMapping
    @Operation(summary = "The project's risks, highest score first")
    List<RiskView> list(@PathVariable String key) {
        return register.risks(key);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One risk of the project")
    RiskView get(@PathVariable String key, @PathVariable long id) {
        return register.risk(key, id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded; the risk as stored",
            headers = @Header(name = "Location", description = "Where the new risk is read"))
    @Operation(summary = "Record a risk",
            description = "Probability and impact are 1..5; score = probability × impact and severity its band: "
                    + "1-4 LOW, 5-9 MEDIUM, 10-16 HIGH, 20-25 CRITICAL. Status defaults to OPEN. The project's "
                    + "manager or sponsor, the PMO and administrators may record one; people booked on the project "
                    + "may raise an OPEN one (403 otherwise). Records who raised it (raisedBy) and tells the project "
                    + "manager when someone else did.")
    ResponseEntity<RiskView> add(@PathVariable String key, @RequestBody RiskInput risk) {
        RiskView created = register.addRisk(key, risk, access.requireRaiser(key, risk.status()));
        notice.riskRaised(created);
        return ResponseEntity.created(URI.create("/api/projects/" + key + "/risks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a risk", description = "Replaces every field, as resources and services do: "
            + "send all fields as for POST, status required; a field left out (such as the description) is "
            + "erased. A status that becomes CLOSED needs a closingNote saying why; the risk then shows it "
            + "with who settled it and when (closedBy, closedAt). Reopening it clears all three.")
    RiskView update(@PathVariable String key, @PathVariable long id, @RequestBody RiskInput risk) {
        access.requireWriter(key);
        return register.updateRisk(key, id, risk);
    }
}
