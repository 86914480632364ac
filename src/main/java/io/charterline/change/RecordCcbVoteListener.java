package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records a board member's vote (on {@code complete}, after the vote was validated). */
@Component("recordCcbVote")
public class RecordCcbVoteListener implements TaskListener {

    private final ChangeControlService changeControl;

    public RecordCcbVoteListener(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void notify(DelegateTask task) {
        changeControl.recordVote(task.getVariable(CHANGE_REQUEST_ID).toString(), task.getAssignee(),
                ChangeDecision.valueOf(task.getVariable(VOTE).toString()),
                Objects.toString(task.getVariable(VOTE_REASON), "").strip());
    }
}
