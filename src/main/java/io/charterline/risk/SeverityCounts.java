package io.charterline.risk;

import java.util.Map;

/** How many open risks or issues a project has in each severity. */
public record SeverityCounts(int low, int medium, int high, int critical) {

    public static final SeverityCounts NONE = new SeverityCounts(0, 0, 0, 0);

    public SeverityCounts {
        if (low < 0 || medium < 0 || high < 0 || critical < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + low + "/" + medium + "/" + high
                    + "/" + critical);
        }
    }

    public static SeverityCounts of(Map<Severity, Long> counts) {
        return new SeverityCounts(count(counts, Severity.LOW), count(counts, Severity.MEDIUM),
                count(counts, Severity.HIGH), count(counts, Severity.CRITICAL));
    }

    public int highOrAbove() {
        return high + critical;
    }

    private static int count(Map<Severity, Long> counts, Severity severity) {
        return Math.toIntExact(counts.getOrDefault(severity, 0L));
    }
}
