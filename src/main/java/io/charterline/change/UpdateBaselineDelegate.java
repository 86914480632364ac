package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the approved change into the project's baseline through the {@link BaselineUpdater}. */
@Component
public class UpdateBaselineDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public UpdateBaselineDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changeControl.updateBaseline(new ProcessVariables(execution).string(CHANGE_REQUEST_ID));
    }
}
