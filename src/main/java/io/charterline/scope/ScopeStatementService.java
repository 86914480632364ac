package io.charterline.scope;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.risk.RiskRegister;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ScopeStatementService {

    static final int MAX_LENGTH = 4000;
    /** Each line of the first risks is a risk's title, which the register takes with 3 to 200 characters. */
    static final int MIN_RISK_TITLE = 3;
    static final int MAX_RISK_TITLE = 200;

    private final ProjectRegistry projects;
    private final ScopeStatementRepository statements;
    private final RiskRegister register;

    public ScopeStatementService(ProjectRegistry projects, ScopeStatementRepository statements,
                                 RiskRegister register) {
        this.projects = projects;
        this.statements = statements;
        this.register = register;
    }

    /**
     * Records (or, when it is redone, replaces) the project's preliminary scope statement. The first time, each line
     * of its first risks opens a risk in the project's register, raised by its author and owned by the project
     * manager; a statement redone later leaves the register to the people who keep it, so nothing is opened twice.
     */
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
        List<String> firstRisks = firstRisks(errors, input.initialRisks());
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("scope statement", errors);
        }
        Project project = projects.require(projectKey);
        ScopeStatement statement = statements.findByProjectId(project.getId()).orElse(null);
        if (statement == null) {
            statement = new ScopeStatement(project.getId());
            register.openFirstRisks(projectKey, firstRisks, recordedBy, project.getManagerId());
        }
        statement.record(input, recordedBy);
        return statements.save(statement);
    }

    /** The non-empty lines of the first risks, each a risk's title; a line too short or too long is named. */
    private static List<String> firstRisks(List<InvalidField> errors, String initialRisks) {
        List<String> lines = initialRisks == null ? List.of() : initialRisks.lines().map(String::strip).toList();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < MIN_RISK_TITLE || line.length() > MAX_RISK_TITLE) {
                errors.add(new InvalidField("initialRisks", "line " + (i + 1) + " has " + line.length()
                        + " characters; each line is one risk's title, " + MIN_RISK_TITLE + " to " + MAX_RISK_TITLE
                        + " characters"));
            }
            titles.add(line);
        }
        return titles;
    }

    /**
     * @throws NotFoundException for an unknown project, or one whose manager has not recorded its scope yet
     */
    @Transactional(readOnly = true)
    public ScopeStatementView view(String projectKey) {
        Project project = projects.require(projectKey);
        return statements.findByProjectId(project.getId())
                .map(statement -> ScopeStatementView.of(projectKey, statement))
                .orElseThrow(() -> new NotFoundException("Project " + projectKey + " has no scope statement yet: "
                        + "its project manager records it in 'Prepare scope statement'"));
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
