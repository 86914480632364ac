package io.charterline.cmdb;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A freeze period as the API and the {@link ServiceGraph} show it.
 *
 * @param service the frozen item's key, or null when the whole catalog is frozen
 * @param from    first frozen day
 * @param to      last frozen day (inclusive)
 */
public record FreezePeriodView(Long id, String service, LocalDate from, LocalDate to, String reason) {

    static FreezePeriodView of(FreezePeriod period) {
        return new FreezePeriodView(period.getId(), period.getItem() == null ? null : period.getItem().getKey(),
                period.getFrom(), period.getTo(), period.getReason());
    }

    public boolean isGlobal() {
        return service == null;
    }

    /** Whether any moment from {@code start} (inclusive) to {@code end} (exclusive) falls on a frozen day. */
    public boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return start.isBefore(to.plusDays(1).atStartOfDay()) && end.isAfter(from.atStartOfDay());
    }
}
