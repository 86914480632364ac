package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Backs out a failed implementation: what the change did to the baseline is undone, later changes stay. */
@Component
public class BackOutChangeDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public BackOutChangeDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changeControl.backOut(new ProcessVariables(execution).string(CHANGE_REQUEST_ID));
    }
}
