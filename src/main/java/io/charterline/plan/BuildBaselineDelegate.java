package io.charterline.plan;

import static io.charterline.plan.PlanVariables.*;

import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.ProjectRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Builds the draft baseline v1 for the plan gate: from the plan form's CSV when given (it replaces the draft
 * plan), else from the plan uploaded through the API. A bad plan refuses the task completion with every field,
 * a typed CSV's by its lines, each named by the plan form's label.
 */
@Component("buildBaselineDelegate")
public class BuildBaselineDelegate implements JavaDelegate {

    private final WorkPackageParser parser = new WorkPackageParser();
    private final PlanService planService;
    private final BaselineService baselineService;
    private final ProjectRegistry projects;
    private final FormLabels formLabels;

    public BuildBaselineDelegate(PlanService planService, BaselineService baselineService,
                                 ProjectRegistry projects, FormLabels formLabels) {
        this.planService = planService;
        this.baselineService = baselineService;
        this.projects = projects;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String projectKey = variables.string(PROJECT_KEY);
        String csv = variables.stringOrNull(WORK_PACKAGES_CSV);
        Map<String, String> labels = formLabels.ofCompletedTask(execution);
        Baseline baseline;
        try {
            if (csv != null && !csv.isBlank()) {
                storeTyped(projectKey, csv, labels);
            } else if (!planService.hasDraft(projectKey)) {
                throw new InvalidVariablesException("plan", List.of(new InvalidField(WORK_PACKAGES_CSV,
                        "is required: enter the work packages as CSV with the header "
                                + String.join(",", WorkPackageParser.CSV_COLUMNS) + ", or upload a large plan "
                                + "as JSON or CSV through POST /api/projects/" + projectKey + "/work-packages")),
                        labels);
            }
            baseline = baselineService.buildDraft(projectKey, currentUser(execution));
        } catch (InvalidInputException e) {
            throw new InvalidVariablesException("plan", e.fields(), labels);
        }
        execution.setVariables(PlanVariables.ofBaseline(baseline.version(),
                PlanSummary.of(projects.require(projectKey), baseline.plan())));
    }

    private void storeTyped(String projectKey, String csv, Map<String, String> labels) {
        WorkPackageParser.CsvPlan typed = parser.readCsv(csv);
        try {
            planService.storeDraft(projectKey, typed);
        } catch (InvalidInputException e) {
            throw new InvalidVariablesException("plan", CsvPlanErrors.byLine(e.fields(), typed), labels);
        }
    }

    /** The user who completed the plan form, as IdentityService (public API) knows it; null in a job. */
    private static String currentUser(DelegateExecution execution) {
        return Optional.ofNullable(execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication()).map(authentication -> authentication.getUserId()).orElse(null);
    }
}
