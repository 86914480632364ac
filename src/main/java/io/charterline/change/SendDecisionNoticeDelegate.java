package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.NoticeProcess;
import io.charterline.platform.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the requester's notice of a rejected or deferred change as a process instance of its own, with the
 * change request id as business key, and records the same outcome in the notifications, where the requester also
 * reads approvals and closings. Change control then ends at once: were the notice a task of change control, the
 * lifecycle's execution phase would wait for the requester to read it before the project could close.
 */
@Component
public class SendDecisionNoticeDelegate implements JavaDelegate {

    /** What the notice's form and its change-log listener read. */
    private static final List<String> NOTICE_VARIABLES = List.of(PROJECT_KEY, CHANGE_REQUEST_ID, CHANGE_TITLE,
            REQUESTER, CHANGE_DECISION, CHANGE_OUTCOME, CHANGE_DECISION_REASON, CHANGE_DECISION_REASON_GIVEN);

    private final ChangeControlService changeControl;
    private final PersonNames names;

    public SendDecisionNoticeDelegate(ChangeControlService changeControl, PersonNames names) {
        this.changeControl = changeControl;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String changeRequestId = variables.string(CHANGE_REQUEST_ID);
        String reason = given(variables.stringOrNull(DECIDED_BY), variables.stringOrNull(CHANGE_DECISION_REASON));
        execution.setVariable(CHANGE_DECISION_REASON_GIVEN, reason);
        changeControl.tellDecision(changeRequestId, variables.string(CHANGE_OUTCOME), reason);
        NoticeProcess.start(execution, MESSAGE_CHANGE_DECIDED, changeRequestId, NOTICE_VARIABLES);
    }

    /** A person's reason with their name; the board's reason names each member itself. */
    private String given(String decidedBy, String reason) {
        String text = reason == null || reason.isBlank() ? "none given" : reason.strip();
        return decidedBy == null || CharterlineGroups.CCB.equals(decidedBy) ? text : names.of(decidedBy) + ": " + text;
    }
}
