package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;
import static io.charterline.change.ChangeControlVariables.QUESTIONS_AND_ANSWERS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows an approver, when their approval is created, every question asked of the requester on the change so far
 * and the answers, so that the approval that comes back after a question is decided on what the requester said.
 */
@Component("showQuestions")
public class ShowQuestionsListener implements TaskListener {

    private final ChangeQuestions questions;

    public ShowQuestionsListener(ChangeQuestions questions) {
        this.questions = questions;
    }

    @Override
    public void notify(DelegateTask task) {
        String soFar = questions.soFar(task.getVariable(CHANGE_REQUEST_ID).toString());
        if (soFar != null) {
            task.setVariableLocal(QUESTIONS_AND_ANSWERS, soFar);
        }
    }
}
