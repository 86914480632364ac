package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the approved change into the project's baseline through the {@link BaselineUpdater}. A change that no
 * longer applies to the current baseline is a business outcome, thrown as the BPMN error {@value #NO_LONGER_APPLIES}
 * that the model catches, not an incident.
 */
@Component
public class UpdateBaselineDelegate implements JavaDelegate {

    public static final String NO_LONGER_APPLIES = "CHANGE_NO_LONGER_APPLIES";

    private final ChangeControlService changeControl;

    public UpdateBaselineDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            changeControl.updateBaseline(new ProcessVariables(execution).string(CHANGE_REQUEST_ID));
        } catch (ChangeNoLongerAppliesException notApplicable) {
            throw new BpmnError(NO_LONGER_APPLIES, notApplicable.getMessage());
        }
    }
}
