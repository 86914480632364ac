package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends a withdrawn change: WITHDRAWN with the reason in its change log, and a notice to those whose open task the
 * withdrawal closed (the service collected them before it interrupted change control).
 */
@Component
public class WithdrawChangeDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public WithdrawChangeDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String approvers = variables.stringOrNull(WITHDRAWAL_APPROVERS);
        List<String> told = approvers == null || approvers.isBlank() ? List.of()
                : Arrays.stream(approvers.split(",")).toList();
        changeControl.withdraw(variables.string(CHANGE_REQUEST_ID), variables.string(WITHDRAWN_BY),
                variables.string(WITHDRAWAL_REASON), told);
    }
}
