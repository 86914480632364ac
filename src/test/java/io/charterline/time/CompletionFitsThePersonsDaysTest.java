package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.time.ReplayClock;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A completion reports a person's work as time entries do: its hours beyond the package's entries must fit into the
 * person's days since the package's release, beside their entries and other completions of those days; and a later
 * entry in those days must leave room for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TimeEntryFixtures.class)
class CompletionFitsThePersonsDaysTest {

    private static final List<String> TEAM_MEMBER = List.of("team-members");

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ReplayClock clock;

    String member;
    String colleague;
    LocalDate today;

    @BeforeEach
    void peopleOfTheirOwn() {
        member = fixtures.newMember();
        colleague = fixtures.newMember();
        today = LocalDate.now(clock);
    }

    @Test
    void aSecondCompletionOfTheSameDayBeyondTwentyFourHoursIsRefusedNamingTheHoursReported() {
        String first = fixtures.projectWithReleasedWork(member, colleague);
        String second = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.complete(first, "A", new BigDecimal("20"), "Done", member);

        assertThat(completionErrors(second, "20")).containsExactly(new InvalidField("actualHours",
                "must be at most 4 h: " + member + " already reported 20 h from A's release on " + today
                        + " to today (" + today + ") across all projects, as time entries and completed work, of 24 h"
                        + " for each of those 1 calendar day; got 20"));
        assertThat(workPackages.find(second, "A").orElseThrow().state()).isEqualTo(WorkPackageState.IN_PROGRESS);
        assertThat(timeEntries.complete(second, "A", new BigDecimal("4"), "Done", member).state())
                .isEqualTo(WorkPackageState.DONE);
    }

    @Test
    void timeEntriesElsewhereThatFillTheDayLeaveNoRoomForACompletion() {
        String elsewhere = fixtures.projectWithReleasedWork(member, colleague);
        String key = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.book(elsewhere, new TimeEntryInput("A", today, new BigDecimal("16"), null, null), member,
                TEAM_MEMBER);
        timeEntries.book(key, new TimeEntryInput("A", today, new BigDecimal("6"), null, null), member, TEAM_MEMBER);

        assertThat(completionErrors(key, "9")).containsExactly(new InvalidField("actualHours",
                "must be at most 8 h: " + member + " already reported 22 h from A's release on " + today
                        + " to today (" + today + ") across all projects, as time entries and completed work, of 24 h"
                        + " for each of those 1 calendar day, the 6 h booked on A among them; got 9"));
        assertThat(timeEntries.complete(key, "A", new BigDecimal("8"), "Done", member).state())
                .isEqualTo(WorkPackageState.DONE);
    }

    @Test
    void workReleasedDaysAgoIsCompletedBesideAFullDayOfEntriesToday() {
        String key;
        clock.replayFrom(clock.instant().minus(Duration.ofDays(2)));
        try {
            key = fixtures.projectWithReleasedWork(member, colleague);
        } finally {
            clock.present();
        }
        String elsewhere = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.book(elsewhere, new TimeEntryInput("A", today, new BigDecimal("24"), null, null), member,
                TEAM_MEMBER);

        assertThat(timeEntries.complete(key, "A", new BigDecimal("24"), "Done over two days", member).actualHours())
                .isEqualByComparingTo("24");
    }

    @Test
    void anEntryInTheDaysOfACompletionMustLeaveRoomForTheHoursItReported() {
        String done = fixtures.projectWithReleasedWork(member, colleague);
        String key = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.complete(done, "A", new BigDecimal("20"), "Done", member);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> timeEntries.book(key,
                new TimeEntryInput("A", today, new BigDecimal("8"), null, null), member, TEAM_MEMBER)).fields())
                .containsExactly(new InvalidField("hours", "you completed A of " + done + " on " + today
                        + ", which with your entries and other completed work reports 20 h in its 1 day from "
                        + today + " to " + today + "; at most 4 h more fit into each of those days, got 8"));
        assertThat(timeEntries.book(key, new TimeEntryInput("A", today, new BigDecimal("4"), null, null), member,
                TEAM_MEMBER).hours()).isEqualByComparingTo("4");
    }

    @Test
    void aCompletionSpreadOverSeveralDaysLeavesRoomForAFullDayOfEntries() {
        String done;
        clock.replayFrom(clock.instant().minus(Duration.ofDays(2)));
        try {
            done = fixtures.projectWithReleasedWork(member, colleague);
        } finally {
            clock.present();
        }
        String key = fixtures.projectWithReleasedWork(member, colleague);
        timeEntries.complete(done, "A", new BigDecimal("24"), "Done over three days", member);

        assertThat(timeEntries.book(key, new TimeEntryInput("A", today, new BigDecimal("24"), null, null), member,
                TEAM_MEMBER).hours()).isEqualByComparingTo("24");
    }

    private List<InvalidField> completionErrors(String key, String hours) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> timeEntries.complete(key, "A", new BigDecimal(hours), "Done", member)).fields();
    }
}
