package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the other changes of the project that wait for a person before their baseline update that this change's
 * baseline update, or its back-out, moved the plan under them; each analyses itself again (see
 * {@link PlanMovedMessages}).
 */
@Component
public class SendPlanMovedDelegate implements JavaDelegate {

    private final PlanMovedMessages messages;

    public SendPlanMovedDelegate(PlanMovedMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.send(new ProcessVariables(execution).string(CHANGE_REQUEST_ID));
    }
}
