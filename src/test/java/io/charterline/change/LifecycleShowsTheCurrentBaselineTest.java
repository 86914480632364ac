package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.PlanVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit shows the current baseline on the project's lifecycle instance, though change control records new
 * versions in an instance of its own. Baseline v1 plans WP-1 (160 h) and WP-2 (240 h) of JAVA at 110/h and WP-3
 * (80 h) of TESTING at 85/h: 17,600 + 26,400 + 6,800 = 50,800. The change adds WP-4, 40 h of JAVA: 4,400 more.
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
                        new BigDecimal("40"), "JAVA", 2, List.of())),
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
                List.of(PlanVariables.BASELINE_VERSION, PlanVariables.BUDGET_AT_COMPLETION));
    }

    @Test
    void anApprovedChangeGivesTheLifecycleTheNewVersionAndItsBudgetAtCompletion() {
        assertThat(lifecycleVariables()).containsEntry(PlanVariables.BASELINE_VERSION, 2)
                .containsEntry(PlanVariables.BUDGET_AT_COMPLETION, 55200.0);
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
        assertThat(lifecycleVariables()).containsEntry(PlanVariables.BASELINE_VERSION, 3)
                .containsEntry(PlanVariables.BUDGET_AT_COMPLETION, 50800.0);
    }
}
