package io.charterline.change;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** When a change is carried out: from start (inclusive) to end (exclusive). */
public record ImplementationWindow(Instant start, Instant end) {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return READABLE.format(start) + " to " + READABLE.format(end) + " UTC";
    }
}
