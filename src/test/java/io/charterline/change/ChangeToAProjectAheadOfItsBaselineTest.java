package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.process.FormText;
import io.charterline.platform.process.FormTextTwins;
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
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change to a project whose work runs ahead of its baseline, through the real lifecycle and change control on the
 * replayed clock. Baseline v1 from a Monday three weeks ago: A, then B, then C, a week each. Last Monday A was still
 * under way and B had not begun: a first change (X, a day after A) recorded v2 on that status date, with B and C a
 * week later each, finishing this Friday. A, X and B are done this Monday, the status date, and C is under way: begun
 * work keeps the dates its dependencies give it, so the plan forecasts finishing last Friday, 7 days before v2's
 * finish. The second change adds E (two days) after C: it starts today, 4 days after the forecast and 3 days before
 * v2's finish.
 */
class ChangeToAProjectAheadOfItsBaselineTest extends ChangeControlTestSupport {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            A,Design,40,JAVA,2,
            B,Build,40,JAVA,2,A
            C,Test,40,JAVA,2,B
            """;

    @Autowired
    ProjectDriver driver;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    StoredImpacts impacts;

    private final LocalDate statusDate = LocalDate.now().with(DayOfWeek.MONDAY);
    private final LocalDate baselineFinish = statusDate.plusDays(4);
    private final LocalDate forecastFinish = statusDate.minusDays(3);
    private final LocalDate newFinish = statusDate.plusDays(1);
    private String projectKey;
    private String change;

    @BeforeEach
    void workPushedByAnEarlierChangeIsDoneAheadThenAChangeAddingEAfterCIsApproved() {
        driver.on(statusDate.minusWeeks(4));
        projectKey = ExecutingProjects.start(driver, projects, PLAN_CSV, gaps -> StaffingGapText.parse(gaps)
                .stream().map(gap -> gap.packageCode() + "=dev1").collect(Collectors.joining("\n")),
                statusDate.minusWeeks(3));
        driver.on(statusDate.minusWeeks(1));
        approve(driver.requestChange(projectKey, "requester", proposal("Export the design",
                new WorkPackageChange(WorkPackageAction.ADD, "X", "Export for the vendor", new BigDecimal("8"),
                        "JAVA", 2, List.of("A")))));
        driver.on(statusDate);
        finish("A", 40);
        finish("X", 8);
        finish("B", 16);
        OwnWorker.handOver(engine, workPackages, projectKey, "C");

        change = driver.requestChange(projectKey, "requester", proposal("Check the labels",
                new WorkPackageChange(WorkPackageAction.ADD, "E", "Check the printed labels", new BigDecimal("16"),
                        "JAVA", 2, List.of("C"))));
        approve(change);
    }

    @AfterEach
    void present() {
        driver.present();
    }

    @Test
    void theImpactReportsTheForecastAheadOfTheBaselineApartFromTheSlip() {
        ImpactAnalysis impact = impacts.of(changeRequests.findByKey(change).orElseThrow());

        assertThat(impact.scheduleSlipDays()).isEqualTo(4);
        assertThat(impact.newFinishDate()).isEqualTo(newFinish);
        assertThat(impact.forecastFinishDate()).isEqualTo(forecastFinish);
        assertThat(impact.forecastLateDays()).isEqualTo(-7);
        assertThat(impact.summary()).contains("- Schedule: the plan already forecasts finishing " + forecastFinish
                + ", 7 days before its baseline's " + baselineFinish + ", because work begun is ahead of its "
                + "dates; this change slips it 4 days; new finish " + newFinish);
    }

    @Test
    void theApproversFormsShowTheForecastAheadOfTheBaseline() {
        String processInstance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(change).singleResult().getId();
        List<Object> shown = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstance).variableName(FormTextTwins.twinOf(IMPACT_SUMMARY)).list().stream()
                .filter(variable -> variable.getTaskId() != null).map(HistoricVariableInstance::getValue).toList();

        assertThat(shown).isNotEmpty().allSatisfy(text -> assertThat(String.valueOf(text)).contains(FormText.escape(
                "7 days before its baseline's " + baselineFinish + ", because work begun is ahead of its dates; "
                        + "this change slips it 4 days")));
    }

    @Test
    void theBaselineUpdateSaysHowTheSlipAndTheWorkAheadMakeTheFinishsMove() {
        String detail = changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.BASELINE_UPDATED)
                .map(ChangeLogEntry::getDetail).findFirst().orElseThrow();

        assertThat(detail).contains("added E; removed none; ")
                .contains("finish -3 days (from " + baselineFinish + " to " + newFinish + ": 7 days earlier "
                        + "because work begun is ahead of its dates, +4 days by this change)");
    }

    private void finish(String code, int hours) {
        OwnWorker.handOver(engine, workPackages, projectKey, code);
        driver.finishPackage(projectKey, code, hours);
    }

    private static ChangeRequestInput proposal(String title, WorkPackageChange work) {
        Instant window = quietWindowStart();
        return new ChangeRequestInput(title, title + " for the vendor", "The vendor asked for it", ChangeType.NORMAL,
                List.of(work), BigDecimal.ZERO, null, List.of(), window, window.plus(2, ChronoUnit.HOURS));
    }

    private void approve(String changeRequestId) {
        driver.runPendingJobs(projectKey);
        Map<String, Object> approve = Map.of(CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Agreed");
        driver.completeIfOpen(changeRequestId, "Task_ApproveChangeAsSponsor", "sponsor", approve);
        driver.completeIfOpen(changeRequestId, "Task_ApproveChangeAsPm", "pm", approve);
        driver.voteUntilDecided(changeRequestId, Map.of(VOTE, "APPROVE", VOTE_REASON, "Agreed"));
        driver.runPendingJobs(projectKey);
    }
}
