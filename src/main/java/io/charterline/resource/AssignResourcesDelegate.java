package io.charterline.resource;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.ProcessVariables;
import java.util.stream.Collectors;
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

    public AssignResourcesDelegate(Staffing staffing) {
        this.staffing = staffing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentResult result = staffing.staff(new ProcessVariables(execution).string(PROJECT_KEY));
        execution.setVariable(FULLY_STAFFED, result.fullyStaffed());
        execution.setVariable(STAFFING_SUMMARY, "%d of %d work packages staffed".formatted(
                result.assignments().size(), result.assignments().size() + result.gaps().size()));
        execution.setVariable(STAFFING_GAPS, result.gaps().stream()
                .map(AssignResourcesDelegate::describe)
                .collect(Collectors.joining("\n")));
    }

    static String describe(StaffingGap gap) {
        String weeks = gap.weeks().stream()
                .filter(week -> week.hoursMissing().signum() > 0)
                .map(week -> week.weekStart() + " (" + week.hoursMissing().stripTrailingZeros().toPlainString() + " h)")
                .collect(Collectors.joining(", "));
        return "- **%s**: %s level %d, %s of %s h missing in the weeks of %s%s".formatted(gap.packageCode(),
                gap.skill(), gap.minLevel(), gap.hoursMissing().stripTrailingZeros().toPlainString(),
                gap.hoursDemanded().stripTrailingZeros().toPlainString(), weeks,
                gap.closestCandidate() == null ? "" : "; closest candidate " + gap.closestCandidate());
    }
}
