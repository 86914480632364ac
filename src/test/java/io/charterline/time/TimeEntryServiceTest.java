package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.monitoring.KpiInputs;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TimeEntryFixtures.class)
class TimeEntryServiceTest {

    private static final List<String> TEAM_MEMBER = List.of("team-members");
    private static final List<String> PM = List.of("project-managers");

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ProjectProgress projectProgress;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    Clock clock;

    String member;
    String colleague;
    String key;
    LocalDate today;

    @BeforeEach
    void projectWithReleasedWork() {
        member = fixtures.newMember();
        colleague = fixtures.newMember();
        key = fixtures.projectWithReleasedWork(member, colleague);
        today = LocalDate.now(clock);
    }

    @Test
    void assigneeBooksHoursOnReleasedWork() {
        TimeEntry entry = book(member, new TimeEntryInput("A", today, new BigDecimal("6.5"), "  Wrote the parser ",
                null));

        assertThat(entry.id()).isPositive();
        assertThat(entry.projectKey()).isEqualTo(key);
        assertThat(entry.workPackage()).isEqualTo("A");
        assertThat(entry.person()).isEqualTo(member);
        assertThat(entry.bookedBy()).isEqualTo(member);
        assertThat(entry.date()).isEqualTo(today);
        assertThat(entry.hours()).isEqualByComparingTo("6.5");
        assertThat(entry.note()).isEqualTo("Wrote the parser");
    }

    @Test
    void missingFieldsAreNamedTogether() {
        assertThat(errors(member, new TimeEntryInput(null, null, null, null, null)))
                .extracting(InvalidField::field).containsExactly("workPackage", "date", "hours");
    }

    @Test
    void zeroHoursAreRefused() {
        assertThat(errors(member, hours("0"))).containsExactly(
                new InvalidField("hours", "must be more than 0 and at most 24, got 0"));
    }

    @Test
    void negativeHoursAreRefused() {
        assertThat(errors(member, hours("-2"))).containsExactly(
                new InvalidField("hours", "must be more than 0 and at most 24, got -2"));
    }

    @Test
    void moreThanTwentyFourHoursInOneEntryAreRefused() {
        assertThat(errors(member, hours("24.25"))).containsExactly(
                new InvalidField("hours", "must be more than 0 and at most 24, got 24.25"));
    }

    @Test
    void hoursWithMoreThanTwoDecimalsAreRefused() {
        assertThat(errors(member, hours("1.125"))).containsExactly(
                new InvalidField("hours", "may have at most 2 decimals, got 1.125"));
    }

    @Test
    void aDayOfAPersonHoldsAtMostTwentyFourHoursAcrossAllProjects() {
        String other = fixtures.projectWithReleasedWork(member, colleague);
        book(member, new TimeEntryInput("A", today, new BigDecimal("10"), null, null));
        timeEntries.book(other, new TimeEntryInput("A", today, new BigDecimal("6"), null, null), member, TEAM_MEMBER);

        assertThat(errors(member, hours("8.5"))).containsExactly(new InvalidField("hours", "you already have 16 h "
                + "booked on " + today + " across all projects; at most 8 h more fit into the day, got 8.5"));
        assertThat(book(member, hours("8")).hours()).isEqualByComparingTo("8");
    }

    @Test
    void hoursGivenAtACompletionOfTheSameDayLeaveOnlyTheRestOfItForEntries() {
        String other = fixtures.projectWithReleasedWork(member, colleague);
        workPackages.complete(other, "A", new BigDecimal("20"), null, member);

        assertThat(book(member, hours("4")).hours()).isEqualByComparingTo("4");
        assertThat(errors(member, hours("0.5"))).containsExactly(new InvalidField("hours", "you completed A of "
                + other + " on " + today + ", which with your entries and other completed work reports 24 h in its 1 "
                + "day from " + today + " to " + today + "; at most 0 h more fit into each of those days, got 0.5"));
    }

    @Test
    void anotherPersonsHoursDoNotCountTowardTheDay() {
        book(colleague, new TimeEntryInput("C", today, new BigDecimal("20"), null, null));

        assertThat(book(member, hours("8")).hours()).isEqualByComparingTo("8");
    }

    @Test
    void unknownWorkPackageIsRefused() {
        assertThat(errors(member, new TimeEntryInput("Z", today, BigDecimal.ONE, null, null))).containsExactly(
                new InvalidField("workPackage", "project " + key + " has no work package 'Z'"));
    }

    @Test
    void workPackageOfAnotherProjectIsRefused() {
        String other = fixtures.projectWithReleasedWork(member, colleague);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> timeEntries.book(other,
                new TimeEntryInput("A", today, BigDecimal.ONE, null, null), colleague, TEAM_MEMBER)).fields())
                .containsExactly(new InvalidField("person", "A is assigned to Team " + member + ", not to you"));
        assertThat(errors(colleague, new TimeEntryInput("A", today, BigDecimal.ONE, null, null)))
                .extracting(InvalidField::field).containsExactly("person");
    }

    @Test
    void workNotYetReleasedIsRefusedAsNotReleasedWhoeverBooks() {
        InvalidField notReleased = new InvalidField("workPackage", "work package B is not released yet (PLANNED); "
                + "hours can be booked once its predecessors are done and it is released to its assignee");

        assertThat(errors(member, new TimeEntryInput("B", today, BigDecimal.ONE, null, null)))
                .containsExactly(notReleased);
        assertThat(errors(colleague, new TimeEntryInput("B", today, BigDecimal.ONE, null, null)))
                .containsExactly(notReleased);
    }

    @Test
    void completedWorkIsRefusedSoNothingFollowsItsFinalHours() {
        workPackages.complete(key, "A", new BigDecimal("3"), null, member);

        assertThat(errors(member, hours("1"))).containsExactly(
                new InvalidField("workPackage", "work package A is DONE; hours can be booked only on released "
                        + "work that is not finished (READY or IN_PROGRESS)"));
    }

    @Test
    void personNotAssignedToThePackageIsRefused() {
        assertThat(errors(colleague, hours("1"))).containsExactly(new InvalidField("person",
                "A is assigned to Team " + member + ", not to you"));
    }

    @Test
    void dateInTheFutureIsRefused() {
        LocalDate tomorrow = today.plusDays(1);

        assertThat(errors(member, new TimeEntryInput("A", tomorrow, BigDecimal.ONE, null, null))).containsExactly(
                new InvalidField("date", "must not be in the future: got " + tomorrow + ", today is " + today));
    }

    @Test
    void dateBeforeTheReleaseIsRefused() {
        LocalDate yesterday = today.minusDays(1);

        assertThat(errors(member, new TimeEntryInput("A", yesterday, BigDecimal.ONE, null, null))).containsExactly(
                new InvalidField("date", "must not be before " + today + ", when work package A was released; got "
                        + yesterday));
    }

    @Test
    void noteLongerThanFourThousandCharactersIsRefused() {
        assertThat(errors(member, new TimeEntryInput("A", today, BigDecimal.ONE, "x".repeat(4001), null)))
                .containsExactly(new InvalidField("note", "must have at most 4000 characters, got 4001"));
    }

    @Test
    void projectManagerBooksForAnAssignee() {
        TimeEntry entry = timeEntries.book(key, new TimeEntryInput("A", today, new BigDecimal("2"), null, member),
                "pm", List.of("project-managers"));

        assertThat(entry.person()).isEqualTo(member);
        assertThat(entry.bookedBy()).isEqualTo("pm");
    }

    @Test
    void whoBooksForSomeoneElseIsToldOfThemByTheirUserId() {
        timeEntries.book(key, new TimeEntryInput("A", today, new BigDecimal("20"), null, member), "pm", PM);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> timeEntries.book(key,
                new TimeEntryInput("A", today, new BigDecimal("5"), null, colleague), "pm", PM)).fields())
                .containsExactly(new InvalidField("person", colleague + " is not assigned to work package A (its "
                        + "assignee is " + member + ")"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> timeEntries.book(key,
                new TimeEntryInput("A", today, new BigDecimal("5"), null, member), "pm", PM)).fields())
                .containsExactly(new InvalidField("hours", member + " already has 20 h booked on " + today
                        + " across all projects; at most 4 more fit into 24 h, got 5"));
    }

    @Test
    void pmoBooksForAnAssignee() {
        TimeEntry entry = timeEntries.book(key, new TimeEntryInput("C", today, new BigDecimal("2"), null, colleague),
                "pmo", List.of("pmo"));

        assertThat(entry.person()).isEqualTo(colleague);
        assertThat(entry.bookedBy()).isEqualTo("pmo");
    }

    @Test
    void teamMemberMayNotBookForSomeoneElse() {
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> timeEntries.book(key,
                new TimeEntryInput("A", today, BigDecimal.ONE, null, member), colleague, TEAM_MEMBER)))
                .hasMessageContaining("may book hours only for themselves on " + key);
        assertThat(timeEntries.list(key, null, null)).isEmpty();
    }

    @Test
    void bookingOnAnUnknownProjectIsNotFound() {
        assertThat(catchThrowableOfType(NotFoundException.class, () -> timeEntries.book("PRJ-2098-9999",
                hours("1"), member, TEAM_MEMBER))).hasMessage("No project with key PRJ-2098-9999");
    }

    @Test
    void listingFiltersByPersonAndPackage() {
        TimeEntry a = book(member, hours("1"));
        TimeEntry c = book(colleague, new TimeEntryInput("C", today, new BigDecimal("2"), null, null));

        assertThat(timeEntries.list(key, null, null)).containsExactly(a, c);
        assertThat(timeEntries.list(key, colleague, null)).containsExactly(c);
        assertThat(timeEntries.list(key, null, "A")).containsExactly(a);
        assertThat(timeEntries.list(key, colleague, "A")).isEmpty();
    }

    @Test
    void actualHoursAreTheEntriesWhileOpenAndTheTotalGivenAtCompletion() {
        book(member, hours("2.5"));
        book(member, hours("3"));
        book(colleague, new TimeEntryInput("C", today, new BigDecimal("4"), null, null));
        assertThat(timeEntries.actualHours(key, "A")).isEqualByComparingTo("5.5");

        timeEntries.complete(key, "A", new BigDecimal("6.75"), "Done", member);

        assertThat(timeEntries.actualHours(key, "A")).isEqualByComparingTo("6.75");
        Map<String, BigDecimal> byPackage = timeEntries.actualHoursByPackage(key, workPackages.list(key));
        assertThat(byPackage).containsOnlyKeys("A", "B", "C");
        assertThat(byPackage.get("A")).isEqualByComparingTo("6.75");
        assertThat(byPackage.get("B")).isEqualByComparingTo("0");
        assertThat(byPackage.get("C")).isEqualByComparingTo("4");
    }

    @Test
    void aCompletionTotalBelowTheHoursAlreadyBookedIsRefusedAndThePackageStaysOpen() {
        book(member, hours("2.5"));
        book(member, hours("3"));

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> timeEntries.complete(key, "A", new BigDecimal("5"), "Done", member)).fields())
                .containsExactly(new InvalidField("actualHours", "must be your total hours on A, at least the 5.5 h"
                        + " already booked on it as time entries; got 5"));
        assertThat(workPackages.find(key, "A").orElseThrow().state()).isEqualTo(WorkPackageState.IN_PROGRESS);
        assertThat(timeEntries.complete(key, "A", new BigDecimal("5.5"), null, member).actualHours())
                .isEqualByComparingTo("5.5");
    }

    @Test
    void statusCycleMeasuresTheActualHoursOfEntriesAndCompletions() {
        book(member, hours("2.5"));
        timeEntries.complete(key, "A", new BigDecimal("3.75"), null, member);
        book(colleague, new TimeEntryInput("C", today, new BigDecimal("4"), null, null));

        Map<String, BigDecimal> measured = projectProgress.inputs(key).progress().stream()
                .collect(Collectors.toMap(KpiInputs.PackageProgress::code, KpiInputs.PackageProgress::actualHours));

        assertThat(measured.get("A")).isEqualByComparingTo("3.75");
        assertThat(measured.get("B")).isEqualByComparingTo("0");
        assertThat(measured.get("C")).isEqualByComparingTo("4");
    }

    @Test
    void actualHoursOfAnUnknownPackageAreNotFound() {
        assertThat(catchThrowableOfType(NotFoundException.class, () -> timeEntries.actualHours(key, "Z")))
                .hasMessage("Project " + key + " has no work package 'Z'");
    }

    // --- corrections and withdrawals -----------------------------------------------------------------------

    @Test
    void personCorrectsTheHoursAndNoteOfTheirEntryAndTheCorrectionIsKept() {
        TimeEntry wrong = book(member, hours("8"));

        TimeEntry corrected = correct(member, wrong, new TimeEntryCorrectionInput(today, new BigDecimal("0.8"),
                " Typo ", wrong.version(), null));

        assertThat(corrected.id()).isEqualTo(wrong.id());
        assertThat(corrected.hours()).isEqualByComparingTo("0.8");
        assertThat(corrected.note()).isEqualTo("Typo");
        assertThat(corrected.version()).isEqualTo(wrong.version() + 1);
        assertThat(timeEntries.actualHours(key, "A")).isEqualByComparingTo("0.8");
        assertThat(timeEntries.corrections(key)).singleElement().satisfies(change -> {
            assertThat(change.entryId()).isEqualTo(wrong.id());
            assertThat(change.action()).isEqualTo("CORRECTED");
            assertThat(change.oldDate()).isEqualTo(today);
            assertThat(change.oldHours()).isEqualByComparingTo("8");
            assertThat(change.newDate()).isEqualTo(today);
            assertThat(change.newHours()).isEqualByComparingTo("0.8");
            assertThat(change.changedBy()).isEqualTo(member);
            assertThat(change.changedAt()).isNotNull();
            assertThat(change.reason()).isNull();
            assertThat(change.oldNote()).isNull();
            assertThat(change.newNote()).isEqualTo("Typo");
        });
    }

    @Test
    void aCorrectionCountsThePersonsOtherEntriesOfTheDayButNotItsOwnOldHours() {
        TimeEntry first = book(member, hours("10"));
        book(member, hours("10"));

        assertThat(correct(member, first, correction(first, "14")).hours()).isEqualByComparingTo("14");
        TimeEntry now = timeEntries.list(key, member, "A").get(0);
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> correct(member, now, correction(now, "14.5"))).fields()).containsExactly(
                new InvalidField("hours", "you already have 10 h booked on " + today
                        + " across all projects; at most 14 h more fit into the day, got 14.5"));
    }

    @Test
    void aCorrectionIsCheckedLikeANewBookingAndChangesNothingWhenRefused() {
        TimeEntry entry = book(member, hours("3"));

        List<InvalidField> errors = catchThrowableOfType(InvalidInputException.class,
                () -> correct(member, entry, new TimeEntryCorrectionInput(today.plusDays(1), new BigDecimal("-3"),
                        null, null, null))).fields();

        assertThat(errors).extracting(InvalidField::field).containsExactly("date", "hours", "version");
        assertThat(timeEntries.list(key, member, "A")).containsExactly(entry);
    }

    @Test
    void aCorrectionMayNotDateTheEntryBeforeThePackageWasReleased() {
        TimeEntry entry = book(member, hours("3"));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> correct(member, entry,
                new TimeEntryCorrectionInput(today.minusYears(1), entry.hours(), null, entry.version(), null)))
                .fields())
                .extracting(InvalidField::field).containsExactly("date");
    }

    @Test
    void aStaleVersionIsAConflictNamingBothVersionsAndChangesNothing() {
        TimeEntry read = book(member, hours("3"));
        correct(member, read, correction(read, "4"));

        assertThatThrownBy(() -> correct("pm", read, correction(read, "5")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Time entry " + read.id() + " is at version 1, you sent 0: reload it and try again");
        assertThatThrownBy(() -> timeEntries.withdraw(key, read.id(), read.version(), null, member, TEAM_MEMBER))
                .isInstanceOf(ConflictException.class);
        assertThat(timeEntries.actualHours(key, "A")).isEqualByComparingTo("4");
    }

    @Test
    void personWithdrawsAnEntryAndTheWithdrawalIsKept() {
        TimeEntry wrong = book(member, hours("8"));
        book(member, hours("2"));

        timeEntries.withdraw(key, wrong.id(), wrong.version(), null, member, TEAM_MEMBER);

        assertThat(timeEntries.list(key, member, "A")).extracting(TimeEntry::hours)
                .containsExactly(new BigDecimal("2.00"));
        assertThat(timeEntries.actualHours(key, "A")).isEqualByComparingTo("2");
        assertThat(timeEntries.corrections(key)).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("WITHDRAWN");
            assertThat(change.oldHours()).isEqualByComparingTo("8");
            assertThat(change.newHours()).isNull();
            assertThat(change.newDate()).isNull();
        });
    }

    @Test
    void aWithdrawalWithoutTheVersionReadIsRefused() {
        TimeEntry entry = book(member, hours("8"));

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> timeEntries.withdraw(key, entry.id(), null, null, member, TEAM_MEMBER)).fields())
                .extracting(InvalidField::field).containsExactly("version");
        assertThat(timeEntries.list(key, member, "A")).containsExactly(entry);
    }

    @Test
    void projectManagerAndPmoCorrectSomeoneElsesEntry() {
        TimeEntry entry = book(member, hours("8"));

        TimeEntry byPm = timeEntries.correct(key, entry.id(), correction(entry, "7"), "pm", TEAM_MEMBER);
        timeEntries.correct(key, entry.id(), correction(byPm, "6"), "pmo", List.of("pmo"));

        assertThat(timeEntries.corrections(key)).extracting(TimeEntryCorrection::changedBy,
                TimeEntryCorrection::reason, TimeEntryCorrection::oldNote, TimeEntryCorrection::newNote)
                .as("the note stayed").containsExactly(tuple("pm", "Booked twice", null, null),
                        tuple("pmo", "Booked twice", null, null));
    }

    @Test
    void aColleagueMayNeitherCorrectNorWithdrawSomeoneElsesEntry() {
        TimeEntry entry = book(member, hours("8"));

        assertThatThrownBy(() -> correct(colleague, entry, correction(entry, "1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("entry " + entry.id() + " is "
                        + member + "'s");
        assertThatThrownBy(() -> timeEntries.withdraw(key, entry.id(), entry.version(), "Booked twice", colleague,
                TEAM_MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(timeEntries.list(key, member, "A")).containsExactly(entry);
    }

    @Test
    void entriesOfACompletedPackageAreFinal() {
        TimeEntry entry = book(member, hours("3"));
        timeEntries.complete(key, "A", new BigDecimal("3"), null, member);

        assertThatThrownBy(() -> correct("pm", entry, correction(entry, "1"))).isInstanceOf(ConflictException.class)
                .hasMessage("Work package A is DONE; its time entries can no longer change, as its actual hours "
                        + "are final");
        assertThatThrownBy(() -> timeEntries.withdraw(key, entry.id(), entry.version(), "Booked twice", "pm",
                TEAM_MEMBER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void entriesOfAProjectNoLongerActiveAreFinal() {
        TimeEntry entry = book(member, hours("3"));
        Project project = projectRepository.findByKey(key).orElseThrow();
        project.moveTo(ProjectStatus.TERMINATED);
        projectRepository.save(project);

        assertThatThrownBy(() -> correct(member, entry, correction(entry, "1"))).isInstanceOf(ConflictException.class)
                .hasMessage("Project " + key + " is TERMINATED; its time entries can no longer change");
    }

    @Test
    void anEntryOfAnotherProjectIsNotFound() {
        TimeEntry entry = book(member, hours("3"));
        String other = fixtures.projectWithReleasedWork(fixtures.newMember(), fixtures.newMember());

        assertThatThrownBy(() -> timeEntries.correct(other, entry.id(), correction(entry, "1"), "pmo",
                List.of("pmo"))).isInstanceOf(NotFoundException.class)
                .hasMessage("Project " + other + " has no time entry " + entry.id());
    }

    private TimeEntryCorrectionInput correction(TimeEntry entry, String hours) {
        return new TimeEntryCorrectionInput(entry.date(), new BigDecimal(hours), entry.note(), entry.version(),
                "Booked twice");
    }

    private TimeEntry correct(String user, TimeEntry entry, TimeEntryCorrectionInput input) {
        return timeEntries.correct(key, entry.id(), input, user, TEAM_MEMBER);
    }

    private TimeEntryInput hours(String hours) {
        return new TimeEntryInput("A", today, new BigDecimal(hours), null, null);
    }

    private TimeEntry book(String user, TimeEntryInput input) {
        return timeEntries.book(key, input, user, TEAM_MEMBER);
    }

    private List<InvalidField> errors(String user, TimeEntryInput input) {
        return catchThrowableOfType(InvalidInputException.class, () -> book(user, input)).fields();
    }
}
