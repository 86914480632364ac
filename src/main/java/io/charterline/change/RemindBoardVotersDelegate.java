package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The board's vote is still open when its reminder is due: the members whose "Vote on change" is still open, and
 * only they, are reminded, with the date their vote is due.
 */
@Component
public class RemindBoardVotersDelegate implements JavaDelegate {

    static final String VOTE_TASK = "Task_VoteOnChange";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ChangeControlService changeControl;
    private final TaskService tasks;

    public RemindBoardVotersDelegate(ChangeControlService changeControl, TaskService tasks) {
        this.changeControl = changeControl;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(VOTE_TASK).orderByTaskAssignee().asc().list();
        if (open.isEmpty()) {
            return;
        }
        String due = open.stream().map(Task::getDueDate).filter(Objects::nonNull).findFirst()
                .map(date -> DUE.format(date.toInstant())).orElse("now");
        changeControl.remindVoters(new ProcessVariables(execution).string(CHANGE_REQUEST_ID), due,
                open.stream().map(Task::getAssignee).filter(Objects::nonNull).toList());
    }
}
