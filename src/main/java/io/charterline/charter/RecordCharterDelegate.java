package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.lessons.RelatedLessons;
import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the charter in Charterline's tables, gives the governance decision its inputs and the sponsor's review
 * the lessons of similar finished projects.
 */
@Component
public class RecordCharterDelegate implements JavaDelegate {

    private final CharterService charterService;
    private final RelatedLessons relatedLessons;

    public RecordCharterDelegate(CharterService charterService, RelatedLessons relatedLessons) {
        this.charterService = charterService;
        this.relatedLessons = relatedLessons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CharterVariables.Read read = CharterVariables.read(execution.getVariables());
        String author = new ProcessVariables(execution).stringOrNull(CHARTER_AUTHOR);
        CharterService.RecordedCharter recorded = charterService.record(
                execution.getProcessBusinessKey(), read, author, execution.getProcessInstanceId());
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(recorded.projectKey());
        }
        execution.setVariable(PROJECT_KEY, recorded.projectKey());
        execution.setVariable(DURATION_DAYS, recorded.durationDays());
        execution.setVariable(CRITICAL_SERVICE_COUNT, recorded.criticalServiceCount());
        execution.setVariable(CHARTER_SUMMARY, recorded.summary());
        execution.setVariable(RELATED_LESSONS, relatedLessons.markdownFor(recorded.projectKey()));
    }
}
