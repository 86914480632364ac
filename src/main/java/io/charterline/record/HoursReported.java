package io.charterline.record;

import java.math.BigDecimal;

/**
 * A project's hours: its time entries, each on a day, and what its people reported at completion beyond the
 * entries of their package, real work on no day. A controller must tell the two apart where the total is shown.
 *
 * @param total             the time entries plus the hours beyond them
 * @param beyondTimeEntries what completions reported beyond their packages' time entries
 */
public record HoursReported(BigDecimal total, BigDecimal beyondTimeEntries) {

    public BigDecimal timeEntries() {
        return total.subtract(beyondTimeEntries);
    }

    /** True when completions reported hours no time entry holds. */
    public boolean beyondEntries() {
        return beyondTimeEntries.signum() > 0;
    }
}
