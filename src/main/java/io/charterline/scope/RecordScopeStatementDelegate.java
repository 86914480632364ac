package io.charterline.scope;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the preliminary scope statement the project manager entered. */
@Component
public class RecordScopeStatementDelegate implements JavaDelegate {

    private final ScopeStatementService scopeStatements;

    public RecordScopeStatementDelegate(ScopeStatementService scopeStatements) {
        this.scopeStatements = scopeStatements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        ScopeInput input = new ScopeInput(variables.stringOrNull(IN_SCOPE), variables.stringOrNull(OUT_OF_SCOPE),
                variables.stringOrNull(DELIVERABLES), variables.stringOrNull(ACCEPTANCE_CRITERIA),
                variables.stringOrNull(ASSUMPTIONS), variables.stringOrNull(CONSTRAINTS),
                variables.stringOrNull(INITIAL_RISKS));
        scopeStatements.record(variables.string(PROJECT_KEY), input, variables.stringOrNull(PROJECT_MANAGER));
    }
}
