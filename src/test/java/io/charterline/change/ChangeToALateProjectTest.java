package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.ProjectAssignment;
import io.charterline.resource.StaffingGapText;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change to a project that is already late, through the real lifecycle and change control on the replayed
 * clock. Baseline v1 from a Monday three weeks ago: A, then B, then C, a week each, finishing last Friday. A was
 * finished only this Monday, the status date: B is under way, C has not begun and can start no earlier than today,
 * so the plan already forecasts finishing this Friday, 7 days late. The change adds E (a week) after A, beside C.
 */
class ChangeToALateProjectTest extends ChangeControlTestSupport {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            A,Design,40,JAVA,2,
            B,Build,40,JAVA,2,A
            C,Test,40,JAVA,2,B
            """;

    @Autowired
    ProjectDriver driver;

    @Autowired
    AssignmentService assignments;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    StoredImpacts impacts;

    private final LocalDate statusDate = LocalDate.now().with(DayOfWeek.MONDAY);
    private String projectKey;
    private String change;

    @BeforeEach
    void aFinishedLateThenAChangeAddingEAfterItIsApproved() {
        // Chartered and planned four weeks ago, a week before its start.
        driver.on(statusDate.minusWeeks(4));
        projectKey = ExecutingProjects.start(driver, projects, PLAN_CSV, gaps -> StaffingGapText.parse(gaps)
                .stream().map(gap -> gap.packageCode() + "=dev1").collect(Collectors.joining("\n")),
                statusDate.minusWeeks(3));
        driver.on(statusDate);
        OwnWorker.handOver(engine, workPackages, projectKey, "A");
        driver.finishPackage(projectKey, "A", 40);
        assertThat(workPackages.find(projectKey, "C").orElseThrow().state()).isEqualTo(WorkPackageState.PLANNED);

        Instant window = quietWindowStart();
        change = driver.requestChange(projectKey, "pm", new ChangeRequestInput("Export the design",
                "Export the design for the printer vendor", "The vendor asked for it", ChangeType.NORMAL,
                List.of(new WorkPackageChange(WorkPackageAction.ADD, "E", "Export for the vendor",
                        new BigDecimal("40"), "JAVA", 2, List.of("A"))),
                BigDecimal.ZERO, null, List.of(), window, window.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(projectKey);
        Map<String, Object> approve = Map.of(CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Agreed");
        driver.completeIfOpen(change, "Task_ApproveChangeAsSponsor", "sponsor", approve);
        driver.completeIfOpen(change, "Task_ApproveChangeAsPm", "pm", approve);
        driver.voteUntilDecided(change, Map.of(VOTE, "APPROVE", VOTE_REASON, "Agreed"));
        driver.runPendingJobs(projectKey);
    }

    @AfterEach
    void present() {
        driver.present();
    }

    @Test
    void theImpactSlipsNothingForTheChangeAndReportsTheLatenessApart() {
        ImpactAnalysis impact = impacts.of(changeRequests.findByKey(change).orElseThrow());

        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.forecastFinishDate()).isEqualTo(statusDate.plusDays(4));
        assertThat(impact.forecastLateDays()).isEqualTo(7);
        assertThat(impact.summary()).contains("- Schedule: the plan already forecasts finishing "
                + statusDate.plusDays(4) + ", 7 days after its baseline's " + statusDate.minusDays(3)
                + ", because work not begun is behind its dates; this change adds no slip");
    }

    @Test
    void theBaselineUpdateSaysWhichPartOfTheFinishsMoveIsTheChanges() {
        String detail = changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.BASELINE_UPDATED)
                .map(ChangeLogEntry::getDetail).findFirst().orElseThrow();

        assertThat(detail).contains("added E; removed none; ")
                .contains("finish +7 days (7 days of it because work not begun is behind its dates, +0 days "
                        + "by this change)");
    }

    @Test
    void theAddedPackageIsBookedFromTheStatusDateOnNeverInThePast() {
        ProjectAssignment booked = assignments.assignmentsOf(projectKey).stream()
                .filter(assignment -> assignment.packageCode().equals("E")).findFirst().orElseThrow();

        assertThat(booked.weeks()).extracting(ProjectAssignment.Week::weekStart).containsExactly(statusDate);
        assertThat(booked.hours()).isEqualByComparingTo("40");
        assertThat(workPackages.find(projectKey, "E").orElseThrow().plannedStart()).isEqualTo(statusDate);
    }
}
