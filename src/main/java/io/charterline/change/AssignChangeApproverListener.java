package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.REQUESTER;

import io.charterline.platform.identity.CharterlineGroups;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Assigns an approval task (on {@code create}) to the person named by the model's {@code approver} field, for
 * example {@code ${projectManager}}; when that person is the requester (a project manager asking for a re-plan,
 * say), the task goes to the PMO group instead, so the requester is never offered their own change, and its name
 * says whose place the PMO takes, so that "Approve change as project manager" does not read as a role the PMO holds.
 */
@Component("assignChangeApprover")
@Scope("prototype")
public class AssignChangeApproverListener implements TaskListener {

    private Expression approver;

    @Override
    public void notify(DelegateTask task) {
        String approverId = Objects.toString(approver.getValue(task), null);
        String requester = Objects.toString(task.getVariable(REQUESTER), null);
        if (approverId == null || approverId.isBlank()) {
            task.addCandidateGroup(CharterlineGroups.PMO);
        } else if (approverId.equals(requester)) {
            task.addCandidateGroup(CharterlineGroups.PMO);
            task.setName(task.getName() + ", in place of " + requester + ", who requested it");
        } else {
            task.setAssignee(approverId);
        }
    }

    public void setApprover(Expression approver) {
        this.approver = approver;
    }
}
