package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Submits the change request of Tasklist's "Request a change" start form, as the API submits its body, and names
 * the start by the change request's id. The requester is the user who starts the process, taken from the engine's
 * authentication rather than from a variable, which the start's caller could set to anyone.
 */
@Component
public class SubmitChangeRequestDelegate implements JavaDelegate {

    private final ChangeRequestService changeRequests;
    private final IdentityService identityService;

    public SubmitChangeRequestDelegate(ChangeRequestService changeRequests, IdentityService identityService) {
        this.changeRequests = changeRequests;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var starter = identityService.getCurrentAuthentication();
        String changeRequestId = changeRequests.submitFromForm(execution.getVariables(),
                starter == null ? null : starter.getUserId());
        execution.setProcessBusinessKey(changeRequestId);
        execution.setVariable(CHANGE_REQUEST_ID, changeRequestId);
    }
}
