package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.PlanVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit shows the current baseline on the project's lifecycle instance, though change control records new
 * versions in an instance of its own. Baseline v1 plans WP-1 (160 h) and WP-2 (240 h) of JAVA at 110/h and WP-3
 * (80 h) of TESTING at 85/h: 17,600 + 26,400 + 6,800 = 50,800, one after the other from the target start S (a
 * Monday): 20 + 30 + 10 = 60 working days, 12 weeks, to the Friday S + 81 days. The change adds WP-4, 40 h of JAVA
 * after WP-3: 4,400 more, 5 working days later, to S + 88. The charter's budget is 80,000 and its target end
 * S + 120.
 */
class LifecycleShowsTheCurrentBaselineTest extends ChangeControlTestSupport {

    @Autowired
    ProjectDriver driver;

    private String projectKey;
    private String change;

    @BeforeEach
    void changeAddingWorkIsApproved() {
        projectKey = ExecutingProjects.start(driver, projects);
        assertThat(lifecycleVariables()).containsEntry(PlanVariables.BASELINE_VERSION, 1)
                .containsEntry(PlanVariables.BUDGET_AT_COMPLETION, 50800.0);
        Instant window = quietWindowStart();
        change = driver.requestChange(projectKey, "requester", new ChangeRequestInput("Reprint labels",
                "Stations can reprint a damaged label", "Damaged labels stop parcels at the hub", ChangeType.NORMAL,
                List.of(new WorkPackageChange(WorkPackageAction.ADD, "WP-4", "Build reprinting",
                        new BigDecimal("40"), "JAVA", 2, List.of("WP-3"))),
                BigDecimal.ZERO, null, List.of(), window, window.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(projectKey);
        Map<String, Object> approve = Map.of(CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Agreed");
        driver.completeIfOpen(change, "Task_ApproveChangeAsSponsor", "sponsor", approve);
        driver.completeIfOpen(change, "Task_ApproveChangeAsPm", "pm", approve);
        driver.voteUntilDecided(change, Map.of(VOTE, "APPROVE", VOTE_REASON, "Agreed"));
        driver.runPendingJobs(projectKey);
    }

    private Map<String, Object> lifecycleVariables() {
        return runtimeService.getVariables(driver.lifecycle(projectKey).getId(),
                List.of(PlanVariables.BASELINE_VERSION, PlanVariables.BUDGET_AT_COMPLETION,
                        PlanVariables.PLANNED_FINISH, PlanVariables.OVER_BUDGET, PlanVariables.BASELINE_SUMMARY));
    }

    private LocalDate targetStart() {
        return projects.findByKey(projectKey).orElseThrow().getTargetStart();
    }

    @Test
    void anApprovedChangeGivesTheLifecycleTheNewVersionAndItsBudgetAtCompletion() {
        assertThat(lifecycleVariables()).containsEntry(PlanVariables.BASELINE_VERSION, 2)
                .containsEntry(PlanVariables.BUDGET_AT_COMPLETION, 55200.0);
    }

    @Test
    void anApprovedChangeGivesTheLifecycleTheNewPlannedFinishAndSummary() {
        LocalDate start = targetStart();

        assertThat(lifecycleVariables()).containsEntry(PlanVariables.PLANNED_FINISH, start.plusDays(88).toString())
                .containsEntry(PlanVariables.OVER_BUDGET, false)
                .containsEntry(PlanVariables.BASELINE_SUMMARY, """
                        4 work packages, 520 hours, 65 working days from %s.
                        Budget at completion $55,200.00 against the charter budget $80,000.00: within budget, \
                        $24,800.00 to spare.
                        Planned finish %s against the target end %s: 32 calendar days early.
                        Critical path (4 packages): WP-1 -> WP-2 -> WP-3 -> WP-4""".formatted(start,
                        start.plusDays(88), start.plusDays(120)));
    }

    @Test
    void aBackOutGivesTheLifecycleTheBackOutsVersionAndItsBudgetAtCompletion() {
        String implementer = driver.openTask(change, "Task_ImplementChange").getAssignee();
        driver.complete(change, "Task_ImplementChange", implementer, Map.of(IMPLEMENTATION_NOTES,
                "Reprint button deployed"));
        driver.completeIfOpen(change, "Task_ReviewEmergencyChange", "ccb1", Map.of(EMERGENCY_REVIEW_OUTCOME,
                "JUSTIFIED", EMERGENCY_REVIEW_COMMENT, "Hub was blocked"));
        driver.complete(change, "Task_ReviewImplementation", "pmo", Map.of(IMPLEMENTATION_OUTCOME, "FAILED",
                REVIEW_COMMENT, "Reprints come out blank"));
        driver.runPendingJobs(projectKey);

        assertThat(changeRequests.findByKey(change).orElseThrow().getStatus()).isEqualTo(ChangeStatus.BACKED_OUT);
        LocalDate start = targetStart();
        assertThat(lifecycleVariables()).containsEntry(PlanVariables.BASELINE_VERSION, 3)
                .containsEntry(PlanVariables.BUDGET_AT_COMPLETION, 50800.0)
                .containsEntry(PlanVariables.PLANNED_FINISH, start.plusDays(81).toString())
                .containsEntry(PlanVariables.BASELINE_SUMMARY, """
                        3 work packages, 480 hours, 60 working days from %s.
                        Budget at completion $50,800.00 against the charter budget $80,000.00: within budget, \
                        $29,200.00 to spare.
                        Planned finish %s against the target end %s: 39 calendar days early.
                        Critical path (3 packages): WP-1 -> WP-2 -> WP-3""".formatted(start, start.plusDays(81),
                        start.plusDays(120)));
    }
}
