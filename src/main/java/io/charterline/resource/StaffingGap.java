package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A work package that no single qualified person can take in full; nothing is booked for it. The weeks and hours
 * missing are measured against the closest candidate, the qualified person who could cover the most of it: they
 * say how much capacity the PMO has to find, or which weeks to move.
 *
 * @param hoursMissing     sum of the weeks' missing hours
 * @param weeks            the weeks in which the closest candidate falls short, by date
 * @param closestCandidate user id of the closest candidate; null when nobody has the skill at that level
 * @param reason           a sentence for the PMO's task
 */
public record StaffingGap(
        String packageCode,
        String skill,
        int minLevel,
        BigDecimal hoursDemanded,
        BigDecimal hoursMissing,
        List<Week> weeks,
        String closestCandidate,
        String reason) {

    public StaffingGap {
        weeks = List.copyOf(weeks);
    }

    /** One week of the gap: the hours the package needs that week and how many of them nobody is free for. */
    public record Week(LocalDate weekStart, BigDecimal hoursNeeded, BigDecimal hoursMissing) {
    }
}
