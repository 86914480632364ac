package io.charterline.risk;

import static io.charterline.risk.RaiseRiskOrIssueVariables.*;

import io.charterline.platform.process.AsStarter;
import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.ProjectRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the risk or issue of Tasklist's "Raise a risk or issue" start form as {@code POST .../risks} and
 * {@code .../issues} record their body: the same access rule, the same register rules, as OPEN, and the same notice
 * to the project manager. The raiser is the user who starts the process, taken from the engine's authentication
 * rather than from a variable. A refusal names the fields by the start form's labels; nothing is stored then.
 */
@Component
public class RaiseRiskOrIssueDelegate implements JavaDelegate {

    private final RiskRegister register;
    private final RegisterAccess access;
    private final RegisterValidator validator;
    private final RaisedEntryNotice notice;
    private final ProjectRegistry projects;
    private final IdentityService identityService;
    private final FormLabels formLabels;

    RaiseRiskOrIssueDelegate(RiskRegister register, RegisterAccess access, RegisterValidator validator,
                             RaisedEntryNotice notice, ProjectRegistry projects, IdentityService identityService,
                             FormLabels formLabels) {
        this.register = register;
        this.access = access;
        this.validator = validator;
        this.notice = notice;
        this.projects = projects;
        this.identityService = identityService;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var starter = identityService.getCurrentAuthentication();
        if (starter == null || starter.getUserId() == null) {
            throw new AuthorizationException("Raise a risk or issue records the signed-in user who starts it as "
                    + "its raiser; this start has no user");
        }
        List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
        long id = AsStarter.call(starter.getUserId(), groups, () -> raise(execution.getVariables(),
                formLabels.ofStartForm(execution.getProcessDefinitionId())));
        execution.setProcessBusinessKey(FormValues.text(execution.getVariables(), PROJECT_KEY).strip());
        execution.setVariable(REGISTER_ENTRY_ID, id);
    }

    private long raise(Map<String, Object> form, Map<String, String> labels) {
        List<InvalidField> errors = new ArrayList<>();
        String projectKey = projectKey(form, errors);
        if (projectKey != null) {
            // as the API: who may not raise an entry here learns who may, before any field is judged
            access.requireRaiser(projectKey, null);
        }
        String kind = kind(form, errors);
        RiskInput risk = ISSUE.equals(kind) ? null : new RiskInput(FormValues.text(form, TITLE),
                FormValues.text(form, DESCRIPTION), FormValues.decimal(form, PROBABILITY, errors),
                FormValues.decimal(form, IMPACT, errors), FormValues.text(form, OWNER), null, null, null);
        IssueInput issue = ISSUE.equals(kind) ? new IssueInput(FormValues.text(form, TITLE),
                FormValues.text(form, DESCRIPTION), FormValues.text(form, SEVERITY), FormValues.text(form, OWNER),
                null, null) : null;
        try {
            if (!errors.isEmpty() || kind == null) {
                // nothing to record it in: still name every field the register would refuse
                if (risk != null && kind != null) {
                    validator.risk(risk, null, List.of());
                } else if (issue != null) {
                    validator.issue(issue, null, List.of());
                }
            } else if (RISK.equals(kind)) {
                RiskView raised = register.addRisk(projectKey, risk);
                notice.riskRaised(raised);
                return raised.id();
            } else {
                IssueView raised = register.addIssue(projectKey, issue);
                notice.issueRaised(raised);
                return raised.id();
            }
        } catch (InvalidInputException refused) {
            refused.fields().stream().filter(field -> errors.stream().noneMatch(e -> e.field().equals(field.field())))
                    .forEach(errors::add);
        } catch (ConflictException ended) {
            errors.add(new InvalidField(PROJECT_KEY, "takes no new entries: " + ended.getMessage()));
        }
        throw new InvalidVariablesException("risk or issue", errors, labels);
    }

    /** The key of a project that exists; null, with the error, otherwise. */
    private String projectKey(Map<String, Object> form, List<InvalidField> errors) {
        String key = FormValues.text(form, PROJECT_KEY);
        if (key == null || key.isBlank()) {
            errors.add(new InvalidField(PROJECT_KEY, "is required: the key of the project, such as PRJ-2026-0004"));
            return null;
        }
        try {
            return projects.require(key.strip()).getKey();
        } catch (NotFoundException unknown) {
            errors.add(new InvalidField(PROJECT_KEY, "'" + key.strip() + "' is no project: give the key of the "
                    + "project, such as PRJ-2026-0004"));
            return null;
        }
    }

    private static String kind(Map<String, Object> form, List<InvalidField> errors) {
        String kind = FormValues.text(form, KIND);
        String value = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (RISK.equals(value) || ISSUE.equals(value)) {
            return value;
        }
        errors.add(new InvalidField(KIND, "must be " + RISK + " or " + ISSUE + ", got '" + kind + "'"));
        return null;
    }
}
