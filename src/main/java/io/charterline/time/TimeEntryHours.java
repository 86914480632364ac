package io.charterline.time;

import io.charterline.plan.BookedHours;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The time entries' hours, for the bounds of a work package's completion. */
@Component
class TimeEntryHours implements BookedHours {

    private final TimeEntryRepository entries;

    TimeEntryHours(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public BigDecimal onPackage(String projectKey, String code) {
        return entries.hoursOf(projectKey, code);
    }

    @Override
    public BigDecimal byPerson(String person, LocalDate from, LocalDate to, long exceptEntry) {
        return entries.hoursBetween(person, from, to, exceptEntry);
    }
}
