package io.charterline.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a running project's baseline will finish as things stand: its plan scheduled again by the critical-path
 * method on the status date, where work not begun (READY work nobody took up included) starts no earlier than that
 * day and pushes its successors on. The change impact analysis compares a change against this forecast; the status
 * cycle reports it.
 *
 * @param finishDate the forecast finish
 * @param lateDays   calendar days the forecast finish lies after the baseline's finish (a finish moved from Friday
 *                   to the next Friday is 7 days late); negative when it lies before it, because begun work runs
 *                   ahead of the dates a baseline recorded on an earlier status date gave it
 */
public record ScheduleForecast(LocalDate finishDate, long lateDays) {

    public static ScheduleForecast of(Plan baseline, StatusDate status) {
        LocalDate forecast = new CriticalPathScheduler()
                .schedule(baseline.specs(), baseline.startDate(), status).finishDate();
        return new ScheduleForecast(forecast, ChronoUnit.DAYS.between(baseline.finishDate(), forecast));
    }
}
