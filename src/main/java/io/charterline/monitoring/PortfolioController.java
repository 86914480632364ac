package io.charterline.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring")
class PortfolioController {

    private final PortfolioService portfolio;

    PortfolioController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/api/portfolio")
    @Operation(summary = "All active projects (not rejected, closed or terminated) with health, SPI, CPI, budget, "
            + "BAC, headroom at completion (approved budget - EAC), planned finish against target end and resource "
            + "utilisation of their latest status cycle")
    List<PortfolioEntry> list(
            @Parameter(description = "name (default), health (GREEN, AMBER, RED), spi, cpi, budget or "
                    + "budgetHeadroomAtCompletion (ascending: the largest forecast overrun of the approved budget "
                    + "first); prefix '-' for descending. Projects without the figure in their latest status report "
                    + "come last.")
            @RequestParam(required = false) String sort) {
        return portfolio.portfolio(sort);
    }
}
