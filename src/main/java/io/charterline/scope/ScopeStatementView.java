package io.charterline.scope;

import java.time.Instant;

/** A project's scope statement as our API shows it. */
public record ScopeStatementView(
        String projectKey,
        String inScope,
        String outOfScope,
        String deliverables,
        String acceptanceCriteria,
        String assumptions,
        String constraints,
        String initialRisks,
        String recordedBy,
        Instant recordedAt) {

    static ScopeStatementView of(String projectKey, ScopeStatement statement) {
        return new ScopeStatementView(projectKey, statement.getInScope(), statement.getOutOfScope(),
                statement.getDeliverables(), statement.getAcceptanceCriteria(), statement.getAssumptions(),
                statement.getConstraints(), statement.getInitialRisks(), statement.getRecordedBy(),
                statement.getRecordedAt());
    }
}
