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
        return windowStart == null || !implementedAt.isBefore(windowStart) ? null
                : "Implemented " + before(windowStart, implementedAt);
    }

    /**
     * For the implementer before they complete: "As of 2026-11-24, when this task was created, completing it is 7 days
     * before its window (start 2026-12-01 02:00 UTC)"; dated, as the form is read later than it is written. Null when
     * the window had begun or none was scheduled.
     */
    static String beforeCompletion(Instant windowStart, Instant now) {
        return windowStart == null || !now.isBefore(windowStart) ? null
                : "As of " + LocalDate.ofInstant(now, ZoneOffset.UTC)
                        + ", when this task was created, completing it is " + before(windowStart, now);
    }

    private static String before(Instant windowStart, Instant at) {
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(at, ZoneOffset.UTC),
                LocalDate.ofInstant(windowStart, ZoneOffset.UTC));
        return (days == 0 ? "" : days + (days == 1 ? " day " : " days ")) + "before its window (start "
                + READABLE.format(windowStart) + " UTC)";
    }
}
