package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.support.PostgresSpringTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * On PostgreSQL, a completion's room in the person's days counts their earlier completions by what each holds beyond
 * the entries booked on it, read for all of them at once.
 */
@PostgresSpringTest
@Import(TimeEntryFixtures.class)
class CompletionFitsThePersonsDaysPostgresTest {

    private static final List<String> TEAM_MEMBER = List.of("team-members");

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    Clock clock;

    @Test
    void earlierCompletionsCountWithTheirHoursBeyondTheirEntries() {
        String member = fixtures.newMember();
        String colleague = fixtures.newMember();
        LocalDate today = LocalDate.now(clock);
        String booked = fixtures.projectWithReleasedWork(member, colleague);
        String unbooked = fixtures.projectWithReleasedWork(member, colleague);
        String key = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.book(booked, new TimeEntryInput("A", today, new BigDecimal("6"), null, null), member, TEAM_MEMBER);
        timeEntries.complete(booked, "A", new BigDecimal("10"), "Done", member);
        timeEntries.complete(unbooked, "A", new BigDecimal("3.5"), "Done", member);

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> timeEntries.complete(key, "A", new BigDecimal("11"), "Done", member)).fields())
                .containsExactly(new InvalidField("actualHours", "must be at most 10.5 h: " + member
                        + " already reported 13.5 h from A's release on " + today + " to today (" + today
                        + ") across all projects, as time entries and completed work, of 24 h for each of those 1 "
                        + "calendar day; got 11"));
    }
}
