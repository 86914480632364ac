package io.charterline.monitoring;

import io.charterline.platform.web.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order of the portfolio list: {@code name}, {@code health} (GREEN before AMBER before RED), {@code spi},
 * {@code cpi}, {@code budget} or {@code budgetHeadroomAtCompletion} (ascending puts the largest forecast overrun
 * of the approved budget first), ascending, or descending with a leading {@code -}. Projects without a status
 * report yet have no health, SPI, CPI or headroom and come last either way, as do those whose latest report
 * predates the headroom; ties are broken by project key.
 */
final class PortfolioSort {

    static final List<String> KEYS = List.of("name", "health", "spi", "cpi", "budget", "budgetHeadroomAtCompletion");

    private PortfolioSort() {
    }

    static Comparator<PortfolioEntry> parse(String sort) {
        String spec = sort == null || sort.isBlank() ? "name" : sort.strip();
        boolean descending = spec.startsWith("-");
        String field = descending ? spec.substring(1) : spec;
        Comparator<PortfolioEntry> order = switch (field) {
            case "name" -> by(PortfolioEntry::name, descending);
            case "health" -> by(PortfolioEntry::health, descending);
            case "spi" -> by(PortfolioEntry::spi, descending);
            case "cpi" -> by(PortfolioEntry::cpi, descending);
            case "budget" -> by(PortfolioEntry::budget, descending);
            case "budgetHeadroomAtCompletion" -> by(PortfolioEntry::budgetHeadroomAtCompletion, descending);
            default -> throw new InvalidInputException("sort", "must be one of " + String.join(", ", KEYS)
                    + ", optionally prefixed with '-' for descending, not '" + sort + "'");
        };
        return order.thenComparing(PortfolioEntry::key);
    }

    private static <T extends Comparable<? super T>> Comparator<PortfolioEntry> by(Function<PortfolioEntry, T> key,
                                                                                  boolean descending) {
        Comparator<T> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }
}
