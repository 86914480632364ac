package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.MESSAGE_PROJECT_ENDED;
import static io.charterline.change.ChangeControlVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the decision notices of a project that has closed or was terminated and that nobody has read: they run
 * apart from the lifecycle (see {@link SendDecisionNoticeDelegate}), so nothing else would ever end them. A project
 * without unread notices is left as it is.
 */
@Component
public class WithdrawDecisionNoticesDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE_PROJECT_ENDED)
                .processInstanceVariableEquals(PROJECT_KEY, new ProcessVariables(execution).string(PROJECT_KEY))
                .correlateAll();
    }
}
