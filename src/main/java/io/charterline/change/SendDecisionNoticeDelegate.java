package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.NoticeProcess;
import io.charterline.platform.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the requester's notice of a rejected or deferred change as a process instance of its own, with the
 * change request id as business key. Change control then ends at once: were the notice a task of change control,
 * the lifecycle's execution phase would wait for the requester to read it before the project could close.
 */
@Component
public class SendDecisionNoticeDelegate implements JavaDelegate {

    /** What the notice's form and its change-log listener read. */
    private static final List<String> NOTICE_VARIABLES = List.of(PROJECT_KEY, CHANGE_REQUEST_ID, CHANGE_TITLE,
            REQUESTER, CHANGE_DECISION, CHANGE_OUTCOME, CHANGE_DECISION_REASON);

    @Override
    public void execute(DelegateExecution execution) {
        NoticeProcess.start(execution, MESSAGE_CHANGE_DECIDED,
                new ProcessVariables(execution).string(CHANGE_REQUEST_ID), NOTICE_VARIABLES);
    }
}
