package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the change class, risk level and approval route. {@code decidedBy} is set only when the PMO classified
 * by hand (its task is the only decision before this step), so its absence means a rule of the decision did.
 * A class, risk or route the process does not know is kept as given, but the route is replaced by the one the
 * change takes (sponsor and board), so that the route gateway, the stored request and the change log agree; the note
 * that says why is kept for the approvers' forms (and cleared when the change is classified again). The reason the
 * approvers read is the matched rule's own, or the PMO's comment when the PMO classified the change.
 */
@Component
public class RecordClassificationDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public RecordClassificationDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        ChangeControlService.RoutedClassification routed = changeControl.recordClassification(
                variables.string(CHANGE_REQUEST_ID),
                variables.stringOrNull(CHANGE_CLASS), variables.stringOrNull(RISK_LEVEL),
                variables.string(APPROVAL_ROUTE), variables.stringOrNull(DECIDED_BY),
                variables.stringOrNull(CLASSIFICATION_COMMENT), variables.stringOrNull(CLASSIFICATION_REASON));
        execution.setVariable(APPROVAL_ROUTE, routed.route());
        execution.setVariable(CLASSIFICATION_REASON, routed.reason());
        execution.setVariable(APPROVAL_ROUTE_NAME, ApprovalRoutes.inWords(routed.route()));
        execution.setVariable(CLASSIFICATION_NOTE, routed.note());
    }
}
