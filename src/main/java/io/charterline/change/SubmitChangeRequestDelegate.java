package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.FormLabels;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Submits the change request of Tasklist's "Request a change" start form, as the API submits its body, and names
 * the start by the change request's id. The requester is the user who starts the process, taken from the engine's
 * authentication rather than from a variable, which the start's caller could set to anyone. A refusal names the
 * fields by the start form's labels, as the person at the form sees them; its fields keep the variables.
 */
@Component
public class SubmitChangeRequestDelegate implements JavaDelegate {

    private final ChangeRequestService changeRequests;
    private final IdentityService identityService;
    private final FormLabels formLabels;

    public SubmitChangeRequestDelegate(ChangeRequestService changeRequests, IdentityService identityService,
                                       FormLabels formLabels) {
        this.changeRequests = changeRequests;
        this.identityService = identityService;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var starter = identityService.getCurrentAuthentication();
        String changeRequestId = changeRequests.submitFromForm(execution.getVariables(),
                starter == null ? null : starter.getUserId(),
                formLabels.ofStartForm(execution.getProcessDefinitionId()));
        execution.setProcessBusinessKey(changeRequestId);
        execution.setVariable(CHANGE_REQUEST_ID, changeRequestId);
    }
}
