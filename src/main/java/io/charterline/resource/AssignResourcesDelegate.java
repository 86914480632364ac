package io.charterline.resource;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books people for the baseline's work packages across the whole portfolio. Unstaffed work is a business
 * outcome, not an error: it sets {@code fullyStaffed=false} and describes each gap for the PMO.
 */
@Component
public class AssignResourcesDelegate implements JavaDelegate {

    private final Staffing staffing;
    private final PersonNames names;

    public AssignResourcesDelegate(Staffing staffing, PersonNames names) {
        this.staffing = staffing;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentResult result = staffing.staff(new ProcessVariables(execution).string(PROJECT_KEY));
        execution.setVariable(FULLY_STAFFED, result.fullyStaffed());
        execution.setVariable(STAFFING_SUMMARY, "%d of %d work packages staffed".formatted(
                result.assignments().size(), result.assignments().size() + result.gaps().size()));
        execution.setVariable(STAFFING_GAPS, StaffingGapText.format(result.gaps(), names::withId));
    }
}
