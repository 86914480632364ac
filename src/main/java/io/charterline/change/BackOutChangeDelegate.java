package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;
import static io.charterline.change.ChangeControlVariables.DECIDED_BY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Backs out a failed implementation: what the change did to the baseline is undone, later changes stay. A back-out
 * that would leave no valid plan is a business outcome, thrown as the BPMN error {@value #BACK_OUT_REFUSED} that
 * the model catches and hands to the PMO, not an incident.
 */
@Component
public class BackOutChangeDelegate implements JavaDelegate {

    public static final String BACK_OUT_REFUSED = "CHANGE_BACK_OUT_REFUSED";

    private final ChangeControlService changeControl;

    public BackOutChangeDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            ProcessVariables variables = new ProcessVariables(execution);
            // The failed review decided the back-out; its reviewer is the latest decider.
            changeControl.backOut(variables.string(CHANGE_REQUEST_ID), variables.stringOrNull(DECIDED_BY));
        } catch (ChangeBackOutRefusedException refused) {
            throw new BpmnError(BACK_OUT_REFUSED, refused.getMessage());
        }
    }
}
