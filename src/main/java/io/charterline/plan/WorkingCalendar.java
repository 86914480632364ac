package io.charterline.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Monday to Friday, eight hours a day; holidays are not modelled. */
public final class WorkingCalendar {

    public static final int HOURS_PER_DAY = 8;

    private WorkingCalendar() {
    }

    /** The date itself on a working day, else the following Monday. */
    public static LocalDate onOrAfter(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** The working day {@code offset} working days after {@code start}, which must itself be a working day. */
    public static LocalDate plusWorkingDays(LocalDate start, int offset) {
        int weekday = start.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        int total = weekday + offset;
        return start.minusDays(weekday).plusDays(7L * (total / 5) + total % 5);
    }

    /** The working days from {@code start} up to but excluding {@code end}; both must be working days. */
    public static int workingDaysBetween(LocalDate start, LocalDate end) {
        int startWeekday = start.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        int endWeekday = end.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        long weeks = ChronoUnit.WEEKS.between(start.minusDays(startWeekday), end.minusDays(endWeekday));
        return Math.toIntExact(5 * weeks + endWeekday - startWeekday);
    }
}
