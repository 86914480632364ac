package io.charterline.cmdb;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A weekly slot in which a service may be changed, in local wall-clock time: it starts every {@code dayOfWeek}
 * at {@code startTime} and lasts {@code durationMinutes}, possibly past midnight (Saturday 22:00 for 6 hours
 * ends Sunday 04:00).
 */
@Embeddable
public record MaintenanceWindow(
        @Enumerated(EnumType.STRING) DayOfWeek dayOfWeek,
        LocalTime startTime,
        int durationMinutes) {

    public static final int MIN_DURATION_MINUTES = 15;
    /** Two days: a weekend. A longer window would make "maintenance window" mean "any time". */
    public static final int MAX_DURATION_MINUTES = 2880;

    /** One concrete occurrence of the window; the end is exclusive. */
    public record Occurrence(LocalDateTime start, LocalDateTime end) {
    }

    /** Whether the interval from {@code start} (inclusive) to {@code end} (exclusive) fits into one occurrence. */
    public boolean contains(LocalDateTime start, LocalDateTime end) {
        LocalDate latestStartDay = start.toLocalDate().with(TemporalAdjusters.previousOrSame(dayOfWeek));
        // The occurrence on that day may begin after start (same day, later hour); then only the week before
        // can still be running, as a window lasts less than a week.
        for (LocalDate day : List.of(latestStartDay, latestStartDay.minusWeeks(1))) {
            Occurrence occurrence = occurrenceOn(day);
            if (!occurrence.start().isAfter(start) && !occurrence.end().isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /** Every occurrence that starts on a day from {@code from} to {@code to} (both inclusive), in time order. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(dayOfWeek)); !day.isAfter(to);
                day = day.plusWeeks(1)) {
            occurrences.add(occurrenceOn(day));
        }
        return occurrences;
    }

    private Occurrence occurrenceOn(LocalDate day) {
        LocalDateTime start = day.atTime(startTime);
        return new Occurrence(start, start.plusMinutes(durationMinutes));
    }

    @Override
    public String toString() {
        return "%s %s for %d min".formatted(dayOfWeek, startTime, durationMinutes);
    }
}
