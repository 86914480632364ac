package io.charterline.scope;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ScopeStatementService {

    static final int MAX_LENGTH = 4000;

    private final ProjectRegistry projects;
    private final ScopeStatementRepository statements;

    public ScopeStatementService(ProjectRegistry projects, ScopeStatementRepository statements) {
        this.projects = projects;
        this.statements = statements;
    }

    /** Records (or, when the plan is reworked, replaces) the project's preliminary scope statement. */
    @Transactional
    public ScopeStatement record(String projectKey, ScopeInput input, String recordedBy) {
        List<InvalidField> errors = new ArrayList<>();
        required(errors, "inScope", input.inScope());
        required(errors, "outOfScope", input.outOfScope());
        required(errors, "deliverables", input.deliverables());
        required(errors, "acceptanceCriteria", input.acceptanceCriteria());
        optional(errors, "assumptions", input.assumptions());
        optional(errors, "constraints", input.constraints());
        optional(errors, "initialRisks", input.initialRisks());
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("scope statement", errors);
        }
        Project project = projects.require(projectKey);
        ScopeStatement statement = statements.findByProjectId(project.getId())
                .orElseGet(() -> new ScopeStatement(project.getId()));
        statement.record(input, recordedBy);
        return statements.save(statement);
    }

    private static void required(List<InvalidField> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidField(field, "is required"));
        } else {
            optional(errors, field, value);
        }
    }

    private static void optional(List<InvalidField> errors, String field, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            errors.add(new InvalidField(field, "must have at most " + MAX_LENGTH + " characters"));
        }
    }
}
