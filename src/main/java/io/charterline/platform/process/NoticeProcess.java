package io.charterline.platform.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts a notice as a process instance of its own, by its start message, with copies of the variables its form
 * reads: the process that sends it can end at once instead of waiting for someone to read the notice.
 */
public final class NoticeProcess {

    private NoticeProcess() {
    }

    public static void start(DelegateExecution sender, String startMessage, String businessKey,
                             List<String> variableNames) {
        VariableMap variables = Variables.createVariables();
        variableNames.forEach(name -> variables.putValue(name, sender.getVariable(name)));
        sender.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(startMessage)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateStartMessage();
    }
}
