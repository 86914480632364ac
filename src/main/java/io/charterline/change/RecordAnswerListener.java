package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the requester's answer when they complete "Answer question" (after the model's check that an answer was
 * given): the change log keeps it and the approver who asked is told; their approval opens again with it.
 */
@Component("recordAnswer")
public class RecordAnswerListener implements TaskListener {

    private final ChangeQuestions questions;

    public RecordAnswerListener(ChangeQuestions questions) {
        this.questions = questions;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        questions.answer(variables.string(CHANGE_REQUEST_ID), task.getAssignee(), variables.string(QUESTION_ASKED_BY),
                variables.string(QUESTION_ANSWER).strip());
    }
}
