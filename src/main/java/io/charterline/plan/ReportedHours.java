package io.charterline.plan;

import java.math.BigDecimal;

/**
 * A person's days from one day to another, both included: the hours they reported in them across all projects, as
 * time entries and completed work, and the hours still free of 24 h a day (none when overfilled).
 */
public record ReportedHours(long days, BigDecimal reported, BigDecimal free) {
}
