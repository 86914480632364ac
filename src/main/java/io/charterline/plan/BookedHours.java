package io.charterline.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The hours booked as time entries, which a completion's total includes and which fill a person's days: kept by
 * time booking, read here so that a completion's hours fit beside them.
 */
public interface BookedHours {

    /** The hours booked on the package, by anyone. */
    BigDecimal onPackage(String projectKey, String code);

    /** For {@link #byPerson}: no entry has this id, so every entry counts. */
    long EVERY_ENTRY = -1;

    /**
     * The person's hours booked from one day to another, both included, across all projects, but the entry with id
     * {@code exceptEntry} (one being corrected).
     */
    BigDecimal byPerson(String person, LocalDate from, LocalDate to, long exceptEntry);
}
