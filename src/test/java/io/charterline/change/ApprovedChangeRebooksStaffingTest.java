package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.ProjectAssignment;
import io.charterline.resource.StaffingGapText;
import io.charterline.resource.WeeklyLoad;
import io.charterline.resource.WorkWeeks;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approved change moves the project's bookings with its plan, through the real lifecycle and change control.
 * Baseline v1: A (done before the change), then B and C side by side (both under way when the change comes), then
 * D after B (planned). The change removes C, adds E after B and makes D follow E, so D moves a week later.
 */
class ApprovedChangeRebooksStaffingTest extends ChangeControlTestSupport {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            A,Design,40,JAVA,2,
            B,Build the core,40,JAVA,2,A
            C,Build the mobile app,80,JAVA,2,A
            D,Test,40,TESTING,2,B
            """;

    @Autowired
    ProjectDriver driver;

    @Autowired
    AssignmentService assignments;

    @Autowired
    WorkPackageService workPackages;

    private String projectKey;
    private Map<String, ProjectAssignment> before;
    private List<WeeklyLoad> loadBefore;
    private String change;

    @BeforeEach
    void aDoneBAndCUnderWayThenTheChangeIsApproved() {
        projectKey = ExecutingProjects.start(driver, projects, PLAN_CSV, gaps -> StaffingGapText.parse(gaps).stream()
                .map(gap -> gap.packageCode() + "=dev1").collect(Collectors.joining("\n")));
        OwnWorker.handOver(engine, workPackages, projectKey, "A");
        driver.finishPackage(projectKey, "A", 24);
        assertThat(workPackages.find(projectKey, "C").orElseThrow().state()).isEqualTo(WorkPackageState.IN_PROGRESS);
        before = booked();
        loadBefore = loadInTheWeeksOf(before.get("C"));

        Instant window = quietWindowStart();
        change = driver.requestChange(projectKey, "pm", new ChangeRequestInput("Drop the mobile app",
                "No mobile app; one more integration package before testing", "The stores' tablets run the web app",
                ChangeType.NORMAL, List.of(
                        new WorkPackageChange(WorkPackageAction.ADD, "E", "Integrate the web app",
                                new BigDecimal("40"), "JAVA", 2, List.of("B")),
                        new WorkPackageChange(WorkPackageAction.REMOVE, "C", null, null, null, null, null),
                        new WorkPackageChange(WorkPackageAction.MODIFY, "D", null, null, null, null, List.of("E"))),
                BigDecimal.ZERO, null, List.of(), window, window.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(projectKey);
        Map<String, Object> approve = Map.of(CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Agreed");
        driver.completeIfOpen(change, "Task_ApproveChangeAsSponsor", "sponsor", approve);
        driver.completeIfOpen(change, "Task_ApproveChangeAsPm", "pm", approve);
        driver.voteUntilDecided(change, Map.of(VOTE, "APPROVE", VOTE_REASON, "Agreed"));
        driver.runPendingJobs(projectKey);
        assertThat(story(change)).contains(ChangeEvent.BASELINE_UPDATED, ChangeEvent.WORK_PACKAGES_UPDATED);
    }

    private Map<String, ProjectAssignment> booked() {
        return assignments.assignmentsOf(projectKey).stream()
                .collect(Collectors.toMap(ProjectAssignment::packageCode, Function.identity()));
    }

    private List<WeeklyLoad> loadInTheWeeksOf(ProjectAssignment assignment) {
        return assignments.portfolioLoad(assignment.weeks().get(0).weekStart(),
                        assignment.weeks().get(assignment.weeks().size() - 1).weekStart()).stream()
                .filter(load -> load.userId().equals(assignment.userId())).toList();
    }

    private List<ChangeEvent> story(String changeRequestKey) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequestKey).stream().map(ChangeLogEntry::getEvent)
                .toList();
    }

    /** What this project books for the person in the week, by {@code bookings}. */
    private static BigDecimal projectHours(Map<String, ProjectAssignment> bookings, String userId, LocalDate week) {
        return bookings.values().stream().filter(assignment -> assignment.userId().equals(userId))
                .flatMap(assignment -> assignment.weeks().stream())
                .filter(booked -> booked.weekStart().equals(week))
                .map(ProjectAssignment.Week::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theRemovedPackagesBookingsAreReleasedAndNoLongerTakeTheirPersonsCapacity() {
        Map<String, ProjectAssignment> after = booked();
        ProjectAssignment removed = before.get("C");

        assertThat(after).doesNotContainKey("C");
        // Other projects' bookings of that person did not move: what the person carries now is theirs plus what
        // this project still books on them, without C's hours.
        for (WeeklyLoad week : loadInTheWeeksOf(removed)) {
            WeeklyLoad was = loadBefore.stream().filter(load -> load.weekStart().equals(week.weekStart()))
                    .findFirst().orElseThrow();
            BigDecimal elsewhere = was.bookedHours().subtract(projectHours(before, removed.userId(), week.weekStart()));
            assertThat(week.bookedHours()).as("week of %s", week.weekStart()).isEqualByComparingTo(
                    elsewhere.add(projectHours(after, removed.userId(), week.weekStart())));
        }
    }

    @Test
    void theRemovedPackagesTaskEndsWithItsWorkPackageInstance() {
        String businessKey = projectKey + ":C";

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_WorkPackageCancelled");
    }

    @Test
    void theMovedPackageIsBookedInItsNewWeeks() {
        WorkPackage moved = workPackages.find(projectKey, "D").orElseThrow();
        ProjectAssignment booked = booked().get("D");

        assertThat(moved.plannedStart()).isAfter(before.get("D").weeks().get(0).weekStart().plusDays(4));
        assertThat(booked.weeks()).extracting(ProjectAssignment.Week::weekStart).containsExactlyElementsOf(
                WorkWeeks.spread(moved.estimateHours(), moved.plannedStart(), moved.plannedFinish()).keySet());
        assertThat(booked.hours()).isEqualByComparingTo("40");
    }

    @Test
    void theAddedPackageIsBookedAndTheUnchangedAndTheDonePackagesKeepTheirBookings() {
        Map<String, ProjectAssignment> after = booked();

        assertThat(after.get("E").hours()).isEqualByComparingTo("40");
        assertThat(after.get("B")).isEqualTo(before.get("B"));
        assertThat(workPackages.find(projectKey, "A").orElseThrow().state()).isEqualTo(WorkPackageState.DONE);
        assertThat(after.get("A")).isEqualTo(before.get("A"));
    }

    @Test
    void theChangeLogSaysWhatHappenedToTheBookings() {
        String detail = changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.WORK_PACKAGES_UPDATED)
                .map(ChangeLogEntry::getDetail).findFirst().orElseThrow();

        assertThat(detail).contains("bookings: released for 1 package(s) (C), re-booked 2 (D on ");
    }
}
