package io.charterline.charter;

import java.time.DateTimeException;
import java.time.Period;

/**
 * The status cadence as people read it ("every 4 weeks") rather than as the engine's timer takes it ("P28D").
 * The governance decision gives days; whole weeks read as weeks.
 */
final class StatusCadence {

    private StatusCadence() {
    }

    static String readable(String isoPeriod) {
        Period period;
        try {
            period = Period.parse(isoPeriod);
        } catch (DateTimeException | NullPointerException notAPeriod) {
            return "every " + isoPeriod;
        }
        if (period.getYears() != 0 || period.getMonths() != 0) {
            long months = period.toTotalMonths();
            return period.getDays() == 0 && months > 0 ? every(months, "month") : "every " + isoPeriod;
        }
        int days = period.getDays();
        if (days <= 0) {
            return "every " + isoPeriod;
        }
        return days % 7 == 0 ? every(days / 7, "week") : every(days, "day");
    }

    private static String every(long count, String unit) {
        return count == 1 ? "every " + unit : "every " + count + " " + unit + "s";
    }
}
