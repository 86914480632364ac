package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioSortTest {

    private static final PortfolioEntry ALPHA = entry("PRJ-2026-0001", "Alpha", Health.RED, "0.70", "900", "-250");
    private static final PortfolioEntry BRAVO = entry("PRJ-2026-0002", "Bravo", Health.GREEN, "1.10", "300", "40");
    private static final PortfolioEntry CHARLIE = entry("PRJ-2026-0003", "Charlie", Health.AMBER, "0.90", "600",
            "-10");
    private static final PortfolioEntry DELTA = entry("PRJ-2026-0004", "Delta", null, null, "100", null);
    private static final List<PortfolioEntry> ALL = List.of(DELTA, CHARLIE, BRAVO, ALPHA);

    @Test
    void sortsByNameWhenNoSortIsGiven() {
        assertThat(sorted(null)).containsExactly(ALPHA, BRAVO, CHARLIE, DELTA);
    }

    @Test
    void sortsBySpiAscendingWithProjectsWithoutReportLast() {
        assertThat(sorted("spi")).containsExactly(ALPHA, CHARLIE, BRAVO, DELTA);
    }

    @Test
    void minusSortsDescendingAndStillPutsProjectsWithoutReportLast() {
        assertThat(sorted("-spi")).containsExactly(BRAVO, CHARLIE, ALPHA, DELTA);
    }

    @Test
    void descendingHealthPutsRedFirst() {
        assertThat(sorted("-health")).containsExactly(ALPHA, CHARLIE, BRAVO, DELTA);
    }

    @Test
    void sortsByBudget() {
        assertThat(sorted("budget")).containsExactly(DELTA, BRAVO, CHARLIE, ALPHA);
    }

    @Test
    void sortsByHeadroomWithTheLargestForecastOverrunFirst() {
        assertThat(sorted("budgetHeadroomAtCompletion")).containsExactly(ALPHA, CHARLIE, BRAVO, DELTA);
    }

    @Test
    void equalValuesAreOrderedByProjectKey() {
        PortfolioEntry first = entry("PRJ-2026-0010", "Same", Health.GREEN, "1.00", "100", "0");
        PortfolioEntry second = entry("PRJ-2026-0011", "Same", Health.GREEN, "1.00", "100", "0");

        assertThat(List.of(second, first).stream().sorted(PortfolioSort.parse("-cpi")).toList())
                .containsExactly(first, second);
    }

    @Test
    void unknownSortKeyNamesTheAllowedOnes() {
        assertThatThrownBy(() -> PortfolioSort.parse("-duration"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields())
                        .singleElement()
                        .satisfies(field -> {
                            assertThat(field.field()).isEqualTo("sort");
                            assertThat(field.message()).isEqualTo("must be one of name, health, spi, cpi, budget, "
                                    + "budgetHeadroomAtCompletion, optionally prefixed with '-' for descending, "
                                    + "not '-duration'");
                        }));
    }

    private static List<PortfolioEntry> sorted(String sort) {
        return ALL.stream().sorted(PortfolioSort.parse(sort)).toList();
    }

    private static PortfolioEntry entry(String key, String name, Health health, String spi, String budget,
                                        String headroom) {
        BigDecimal index = spi == null ? null : new BigDecimal(spi);
        return new PortfolioEntry(key, name, ProjectStatus.EXECUTING, health, index, index, new BigDecimal(budget),
                null, null, headroom == null ? null : new BigDecimal(headroom), null, null, null, null, null, null,
                null, null);
    }
}
