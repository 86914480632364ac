package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Asks the requester the approver's question when their "Answer question" task is created: the change log records
 * it, the requester is told with the task's due date, and the task shows who asked and, from the second question
 * on, the questions and answers before it. The task keeps who asked, so that they are told the answer, or the
 * withdrawal of the change should the requester withdraw it instead.
 */
@Component("askRequester")
public class AskRequesterListener implements TaskListener {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ChangeQuestions questions;
    private final PersonNames names;

    public AskRequesterListener(ChangeQuestions questions, PersonNames names) {
        this.questions = questions;
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        String changeRequestId = variables.string(CHANGE_REQUEST_ID);
        // The approval's decision guard recorded who completed it, the one asking.
        String askedBy = variables.string(DECIDED_BY);
        String earlier = questions.soFar(changeRequestId);
        if (earlier != null) {
            task.setVariableLocal(QUESTIONS_AND_ANSWERS, earlier);
        }
        task.setVariableLocal(QUESTION_ASKED_BY, askedBy);
        task.setVariableLocal(QUESTION_ASKED_BY_NAME, names.of(askedBy));
        questions.ask(changeRequestId, askedBy, variables.string(CHANGE_QUESTION),
                DUE.format(task.getDueDate().toInstant()));
    }
}
