package io.charterline.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How work and capacity fall into weeks, for assignment and for anyone who must count load the same way (change
 * control's overload check). A week is identified by its Monday; working days are Monday to Friday. Hours are
 * handled in hundredths, so a spread always adds up to exactly the hours given.
 */
public final class WorkWeeks {

    /** Capacity a person loses for each working day away, whatever their weekly hours. */
    public static final int HOURS_PER_DAY_AWAY = 8;

    private WorkWeeks() {
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Working days (Monday to Friday) from {@code from} to {@code to}, both inclusive. */
    public static int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate week = weekStart(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            days += workingDaysInWeek(week, from, to);
        }
        return days;
    }

    /**
     * Spreads {@code hours} evenly over the working days from {@code start} to {@code finish} and sums them per
     * week, so a week with two of the interval's working days carries two fifths of a full week's share. Hundredths
     * that do not divide evenly go to the earliest days. Weeks that receive nothing are left out.
     *
     * @throws IllegalArgumentException when the interval has no working day
     */
    public static SortedMap<LocalDate, BigDecimal> spread(BigDecimal hours, LocalDate start, LocalDate finish) {
        SortedMap<LocalDate, BigDecimal> spread = new TreeMap<>();
        spreadInHundredths(toHundredths(hours), start, finish)
                .forEach((week, hundredths) -> spread.put(week, fromHundredths(hundredths)));
        return Collections.unmodifiableSortedMap(spread);
    }

    /**
     * What a person can work in the week starting {@code weekStart}: the weekly hours less
     * {@value #HOURS_PER_DAY_AWAY} hours for each working day of that week they are away, never below zero.
     */
    public static BigDecimal capacity(int weeklyHours, Collection<Unavailability> away, LocalDate weekStart) {
        return fromHundredths(capacityInHundredths(weeklyHours, away, weekStart));
    }

    static SortedMap<LocalDate, Long> spreadInHundredths(long hundredths, LocalDate start, LocalDate finish) {
        int days = workingDays(start, finish);
        if (days == 0) {
            throw new IllegalArgumentException("No working day (Monday to Friday) from " + start + " to " + finish);
        }
        long perDay = hundredths / days;
        long daysWithOneMore = hundredths % days;
        SortedMap<LocalDate, Long> spread = new TreeMap<>();
        long daysBefore = 0;
        for (LocalDate week = weekStart(start); !week.isAfter(finish); week = week.plusWeeks(1)) {
            int daysInWeek = workingDaysInWeek(week, start, finish);
            long extra = Math.max(0, Math.min(daysInWeek, daysWithOneMore - daysBefore));
            long share = perDay * daysInWeek + extra;
            if (share > 0) {
                spread.put(week, share);
            }
            daysBefore += daysInWeek;
        }
        return spread;
    }

    static long capacityInHundredths(int weeklyHours, Collection<Unavailability> away, LocalDate weekStart) {
        int daysAway = 0;
        for (Unavailability period : away) {
            daysAway += workingDaysInWeek(weekStart, period.from(), period.to());
        }
        return Math.max(0, 100L * (weeklyHours - HOURS_PER_DAY_AWAY * daysAway));
    }

    static long toHundredths(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    static BigDecimal fromHundredths(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** Working days of the week starting {@code monday} that lie from {@code from} to {@code to}. */
    private static int workingDaysInWeek(LocalDate monday, LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(monday) ? from : monday;
        LocalDate friday = monday.plusDays(4);
        LocalDate last = to.isBefore(friday) ? to : friday;
        return (int) Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
    }
}
