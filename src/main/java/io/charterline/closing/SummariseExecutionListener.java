package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.COMPLETION_NOTES;
import static io.charterline.project.LifecycleVariables.ESCALATION_COMMENT;
import static io.charterline.project.LifecycleVariables.EXECUTION_SUMMARY;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;
import static io.charterline.project.LifecycleVariables.SCOPE_ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.SCOPE_DELIVERABLES;
import static io.charterline.project.LifecycleVariables.TERMINATED;
import static io.charterline.project.LifecycleVariables.TERMINATED_BY;
import static io.charterline.project.LifecycleVariables.TERMINATED_ON;
import static io.charterline.project.LifecycleVariables.TERMINATION_REASON;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.record.ProjectRecord;
import io.charterline.record.ProjectRecords;
import io.charterline.scope.ScopeStatementRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the execution summary on the acceptance task when it is created, so every round shows current figures, and
 * beside it what the sponsor accepts against: the scope statement's deliverables and acceptance criteria and what
 * each completed package's note says was delivered.
 */
@Component("summariseExecution")
public class SummariseExecutionListener implements TaskListener {

    private final ProjectRecords records;
    private final ScopeStatementRepository scopeStatements;
    private final PersonNames names;
    private final ExecutionSummary summary = new ExecutionSummary();

    public SummariseExecutionListener(ProjectRecords records, ScopeStatementRepository scopeStatements,
                                      PersonNames names) {
        this.records = records;
        this.scopeStatements = scopeStatements;
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        ProjectRecord record = records.of(variables.string(PROJECT_KEY));
        task.setVariable(EXECUTION_SUMMARY, summary.of(record,
                Boolean.TRUE.equals(task.getVariable(TERMINATED)) ? termination(variables) : null));
        AcceptanceBasis basis = AcceptanceBasis.of(scopeStatements.findByProjectId(record.project().getId())
                .orElse(null), record.workPackages());
        task.setVariable(SCOPE_DELIVERABLES, basis.deliverables());
        task.setVariable(SCOPE_ACCEPTANCE_CRITERIA, basis.acceptanceCriteria());
        task.setVariable(COMPLETION_NOTES, basis.completionNotes());
    }

    /** The reason given to the termination API, else the sponsor's comment on the escalation decided TERMINATE. */
    private ExecutionSummary.Termination termination(ProcessVariables variables) {
        String reason = variables.stringOrNull(TERMINATION_REASON);
        String by = variables.stringOrNull(TERMINATED_BY);
        return new ExecutionSummary.Termination(by == null ? "someone not on record" : names.of(by),
                variables.stringOrNull(TERMINATED_ON),
                reason != null ? reason : variables.stringOrNull(ESCALATION_COMMENT));
    }
}
