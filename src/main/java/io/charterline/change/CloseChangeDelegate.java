package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a change whose implementation the review found successful. */
@Component
public class CloseChangeDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public CloseChangeDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changeControl.close(new ProcessVariables(execution).string(CHANGE_REQUEST_ID));
    }
}
