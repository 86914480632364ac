package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The walk's case: a window of 2026-12-21 08:00 UTC, implemented on 2026-11-24. */
class EarlyImplementationTest {

    static final Instant WINDOW_START = Instant.parse("2026-12-21T08:00:00Z");

    @Test
    void implementationWeeksAheadOfItsWindowCountsCalendarDays() {
        assertThat(EarlyImplementation.note(WINDOW_START, Instant.parse("2026-11-24T15:41:00Z")))
                .isEqualTo("Implemented 27 days before its window (start 2026-12-21 08:00 UTC)");
    }

    @Test
    void theImplementerIsToldBeforeCompletingHowEarlyItIsAsOfTheTasksCreation() {
        assertThat(EarlyImplementation.beforeCompletion(WINDOW_START, Instant.parse("2026-11-24T15:41:00Z")))
                .isEqualTo("As of 2026-11-24, when this task was created, completing it is 27 days before its window"
                        + " (start 2026-12-21 08:00 UTC)");
        assertThat(EarlyImplementation.beforeCompletion(WINDOW_START, WINDOW_START)).isNull();
        assertThat(EarlyImplementation.beforeCompletion(null, WINDOW_START)).isNull();
    }

    @Test
    void implementationTheDayBeforeSaysOneDay() {
        assertThat(EarlyImplementation.note(WINDOW_START, Instant.parse("2026-12-20T23:00:00Z")))
                .isEqualTo("Implemented 1 day before its window (start 2026-12-21 08:00 UTC)");
    }

    @Test
    void implementationHoursBeforeItsWindowOnTheSameDayIsFlaggedWithoutADayCount() {
        assertThat(EarlyImplementation.note(WINDOW_START, Instant.parse("2026-12-21T06:00:00Z")))
                .isEqualTo("Implemented before its window (start 2026-12-21 08:00 UTC)");
    }

    @Test
    void implementationOnceTheWindowHasBegunIsNotFlagged() {
        assertThat(EarlyImplementation.note(WINDOW_START, WINDOW_START)).isNull();
        assertThat(EarlyImplementation.note(WINDOW_START, Instant.parse("2026-12-22T10:00:00Z"))).isNull();
    }

    @Test
    void changeWithoutAScheduledWindowIsNotFlagged() {
        assertThat(EarlyImplementation.note(null, Instant.parse("2026-11-24T15:41:00Z"))).isNull();
    }
}
