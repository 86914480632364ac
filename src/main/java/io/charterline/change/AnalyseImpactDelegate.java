package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Analyses the impact of the change request, stores it with the request and gives the classification its
 * inputs and the review forms their summaries (what the change is and what it does) and people.
 */
@Component
public class AnalyseImpactDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;
    private final PersonNames names;

    public AnalyseImpactDelegate(ChangeControlService changeControl, PersonNames names) {
        this.changeControl = changeControl;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String changeRequestId = new ProcessVariables(execution).string(CHANGE_REQUEST_ID);
        ChangeControlService.Analysed analysed = changeControl.analyse(changeRequestId);
        ChangeRequest changeRequest = analysed.changeRequest();
        execution.setVariable(CHANGE_TITLE, changeRequest.getTitle());
        execution.setVariable(REQUESTER, changeRequest.getRequesterId());
        execution.setVariable(REQUESTER_NAME, names.of(changeRequest.getRequesterId()));
        execution.setVariable(PROJECT_MANAGER, analysed.project().getManagerId());
        execution.setVariable(SPONSOR, analysed.project().getSponsorId());
        execution.setVariable(IMPLEMENTER, analysed.project().getManagerId());
        execution.setVariable(IMPACT_SUMMARY, analysed.impact().summary());
        execution.setVariable(CHANGE_SUMMARY, ChangeSummary.of(changeRequest.proposal()));
        execution.setVariables(ClassificationInputs.of(changeRequest.proposal(), analysed.impact()));
    }
}
