package io.charterline.charter;

import static io.charterline.charter.CharterRejectionNoticeVariables.MESSAGE_CHARTER_REJECTED;
import static io.charterline.charter.CharterRejectionNoticeVariables.NOTICE_VARIABLES;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.NoticeProcess;
import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the charter author's notice of a rejected charter as a process instance of its own, with the project key
 * as business key. The lifecycle then ends at once: a rejected project does not stay running until its author
 * has read the notice.
 */
@Component
public class SendCharterRejectionNoticeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        NoticeProcess.start(execution, MESSAGE_CHARTER_REJECTED, new ProcessVariables(execution).string(PROJECT_KEY),
                NOTICE_VARIABLES);
    }
}
