package io.charterline.change;

import io.charterline.plan.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates counted in working days for the process model, so that a process owner changes a deadline by changing
 * its number there: {@code ${workingDays.fromNow(3)}} is three working days from now, at the same time of day (UTC);
 * from a weekend, counting starts on the Monday.
 */
@Component("workingDays")
public class WorkingDays {

    private final Clock clock;

    public WorkingDays(Clock clock) {
        this.clock = clock;
    }

    public Date fromNow(int days) {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        LocalDate due = WorkingCalendar.plusWorkingDays(WorkingCalendar.onOrAfter(now.toLocalDate()), days);
        return Date.from(now.with(due).toInstant());
    }
}
