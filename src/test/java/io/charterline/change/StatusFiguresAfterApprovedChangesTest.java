package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A status cycle's figures are as of its status date; a change approved after it enters them at the next cycle. The
 * KPIs and the portfolio must not set today's approved budget beside a headroom computed on the budget of the status
 * date without saying so. Baseline v1 plans A and B, 400 h of JAVA each at 110/h (BAC 88,000); the budget is
 * 100,000. A first change adds C (10 h, 1,100) with 2,000 of budget before the cycle; a second adds 3,000 of budget
 * after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusFiguresAfterApprovedChangesTest extends ChangeControlTestSupport {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectProgress progress;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    Clock clock;

    private Project project;

    private static WorkPackageSpec java(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                List.of(predecessors));
    }

    @BeforeEach
    void projectWithApprovedBaseline() {
        project = executingProjectWithBaseline(List.of(java("A", 400), java("B", 400, "A")));
    }

    private ProcessInstance approvedByPm(ProposalBuilder proposal) {
        ProcessInstance change = requestChange(project, proposal);
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                "Worth it");
        runJobs(change);
        return change;
    }

    /** What the lifecycle's Task_ComputeKpis does. */
    private void statusCycle() {
        ProjectProgress.StatusMeasurement measurement = progress.statusMeasurement(project.getKey());
        statusReports.recordStatus(project.getKey(), measurement.inputs(), measurement.forecast());
    }

    private JsonNode kpis() {
        return rest.withBasicAuth("dev1", "dev1").getForObject("/api/projects/" + project.getKey() + "/kpis",
                JsonNode.class);
    }

    private JsonNode portfolioRow() {
        JsonNode rows = rest.withBasicAuth("dev1", "dev1").getForObject("/api/portfolio", JsonNode.class);
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(project.getKey())) {
                return row;
            }
        }
        throw new AssertionError(project.getKey() + " is not in the portfolio");
    }

    @Test
    void kpisSayWhichChangesTheLatestCycleDoesNotMeasureYet() {
        approvedByPm(proposal().add("C", 10, "JAVA", "B"));
        statusCycle();
        String later = changeRequest(approvedByPm(proposal().budgetChange(3000))).getKey();

        JsonNode kpis = kpis();

        JsonNode current = kpis.get("current");
        assertThat(current.get("statusDate").asText()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(current.get("approvedBudget").decimalValue()).isEqualByComparingTo("102000");
        assertThat(current.get("budgetAtCompletion").decimalValue()).isEqualByComparingTo("89100");
        assertThat(current.get("budgetHeadroomAtCompletion").decimalValue()).isEqualByComparingTo("12900");
        JsonNode since = kpis.get("sinceCurrent");
        assertThat(since.get("statusDate").asText()).isEqualTo(current.get("statusDate").asText());
        assertThat(since.get("changesApplied").asInt()).isEqualTo(1);
        assertThat(since.get("changeRequests")).extracting(JsonNode::asText).containsExactly(later);
        assertThat(since.get("currentBaselineVersion").asInt()).isEqualTo(2);
        assertThat(since.get("currentApprovedBudget").decimalValue()).isEqualByComparingTo("105000");
        assertThat(since.get("currentBudgetAtCompletion").decimalValue()).as("v2's, which the budget change kept")
                .isEqualByComparingTo("89100");
    }

    @Test
    void thePortfolioKeepsTheBudgetOfTheStatusDateBesideItsHeadroom() {
        approvedByPm(proposal().add("C", 10, "JAVA", "B"));
        statusCycle();
        approvedByPm(proposal().budgetChange(3000));

        JsonNode row = portfolioRow();

        assertThat(row.get("budget").decimalValue()).as("today's").isEqualByComparingTo("105000");
        assertThat(row.get("approvedBudgetAtStatusDate").decimalValue()).isEqualByComparingTo("102000");
        assertThat(row.get("budgetHeadroomAtCompletion").decimalValue()).isEqualByComparingTo("12900");
        assertThat(row.get("changesAppliedSinceStatusDate").asInt()).isEqualTo(1);
    }

    @Test
    void aCycleAfterTheChangesMeasuresThemAll() {
        approvedByPm(proposal().add("C", 10, "JAVA", "B"));
        approvedByPm(proposal().budgetChange(3000));
        statusCycle();

        JsonNode row = portfolioRow();
        JsonNode since = kpis().get("sinceCurrent");

        assertThat(row.get("changesAppliedSinceStatusDate").asInt()).isZero();
        assertThat(row.get("approvedBudgetAtStatusDate").decimalValue()).isEqualByComparingTo(row.get("budget")
                .decimalValue());
        assertThat(since.get("changesApplied").asInt()).isZero();
        assertThat(since.get("changeRequests")).isEmpty();
    }
}
