package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.lessons.RelatedLessons;
import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.text.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the charter in Charterline's tables, gives the governance decision its inputs and the sponsor's review
 * the lessons of similar finished projects. A refusal names the fields by the labels of the charter's start form
 * (the rework form shows the same ones), as the person at the form sees them; its fields keep the variables.
 */
@Component
public class RecordCharterDelegate implements JavaDelegate {

    private final CharterService charterService;
    private final RelatedLessons relatedLessons;
    private final FormLabels formLabels;

    public RecordCharterDelegate(CharterService charterService, RelatedLessons relatedLessons,
                                 FormLabels formLabels) {
        this.charterService = charterService;
        this.formLabels = formLabels;
        this.relatedLessons = relatedLessons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CharterVariables.Read read = CharterVariables.read(execution.getVariables());
        String author = new ProcessVariables(execution).stringOrNull(CHARTER_AUTHOR);
        CharterService.RecordedCharter recorded = charterService.record(
                execution.getProcessBusinessKey(), read, author, execution.getProcessInstanceId(),
                formLabels.ofStartForm(execution.getProcessDefinitionId()));
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(recorded.projectKey());
        }
        execution.setVariable(PROJECT_KEY, recorded.projectKey());
        execution.setVariable(DURATION_DAYS, recorded.durationDays());
        execution.setVariable(CRITICAL_SERVICE_COUNT, recorded.criticalServiceCount());
        execution.setVariable(CHARTER_SUMMARY, recorded.summary());
        execution.setVariable(BUDGET_TEXT, Money.of(read.charter().budget()));
        execution.setVariable(RELATED_LESSONS, relatedLessons.markdownFor(recorded.projectKey()));
    }
}
