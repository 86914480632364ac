package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V14 turns completed packages' actual_hours into their totals on H2 (see {@link CompletionHoursUpgrade}). */
class CompletionHoursUpgradeH2Test {

    @Test
    void completedPackagesKeepTheirActualHoursAsTotalsAndOpenOnesStayWithout() {
        Map<String, BigDecimal> actual = CompletionHoursUpgrade.upgrade(new DriverManagerDataSource(
                "jdbc:h2:mem:completion-hours-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");

        assertThat(actual.get("A")).isEqualByComparingTo("15.5");
        assertThat(actual.get("B")).isEqualByComparingTo("5");
        assertThat(actual).containsEntry("C", null);
    }
}
