package io.charterline.change;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Whether a change was implemented before its scheduled window began, in words for the reviewer and the change log.
 * It is not refused: an emergency or a window moved by agreement may justify it, and the reviewer judges that.
 */
final class EarlyImplementation {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private EarlyImplementation() {
    }

    /**
     * "Implemented 27 days before its window (start 2026-12-21 08:00 UTC)", counting calendar days in UTC, the time
     * zone the windows are shown in; null when the window had begun or none was scheduled.
     */
    static String note(Instant windowStart, Instant implementedAt) {
        if (windowStart == null || !implementedAt.isBefore(windowStart)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(implementedAt, ZoneOffset.UTC),
                LocalDate.ofInstant(windowStart, ZoneOffset.UTC));
        String early = days == 0 ? "Implemented before its window" : "Implemented " + days
                + (days == 1 ? " day" : " days") + " before its window";
        return early + " (start " + READABLE.format(windowStart) + " UTC)";
    }
}
