package io.charterline.project;

import io.charterline.charter.CharterInput;
import io.charterline.charter.CharterValidator;
import io.charterline.charter.CharterVariables;
import io.charterline.platform.process.EngineAsApplication;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService implements BodyRules<CharterInput> {

    private final CharterValidator charterValidator;
    private final RuntimeService runtimeService;
    private final ProjectRepository projects;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final EngineAsApplication asApplication;
    private final CharterDecisionRepository charterDecisions;
    private final ProjectEndings endings;

    public ProjectService(CharterValidator charterValidator, RuntimeService runtimeService,
                          ProjectRepository projects, IdentityService identityService,
                          AuthorizationService authorizationService, EngineAsApplication asApplication,
                          CharterDecisionRepository charterDecisions, ProjectEndings endings) {
        this.charterValidator = charterValidator;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.asApplication = asApplication;
        this.charterDecisions = charterDecisions;
        this.endings = endings;
        this.projects = projects;
    }

    /** Starts a project's lifecycle from its charter; the lifecycle's first step registers it. */
    @Transactional
    public ProjectView start(CharterInput charter) {
        List<InvalidField> errors = errorsOf(charter);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProcessInstanceWithVariables instance = runtimeService
                .createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
                .setVariables(CharterVariables.write(charter))
                .executeWithVariablesInReturn();
        String key = instance.getVariables().getValue(LifecycleVariables.PROJECT_KEY, String.class);
        return get(key);
    }

    @Override
    public Class<CharterInput> bodyType() {
        return CharterInput.class;
    }

    /** The charter's broken rules, once the caller is known to be allowed to submit charters. */
    @Override
    public List<InvalidField> errorsOf(CharterInput charter) {
        requireMayStartProjects();
        return charterValidator.validate(charter);
    }

    /**
     * Refuses before the charter is checked, so that someone who may not start projects hears that, not what
     * their rights let them see of the charter's people.
     */
    private void requireMayStartProjects() {
        var caller = identityService.getCurrentAuthentication();
        if (caller != null && !authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                LifecycleVariables.PROCESS_KEY)) {
            throw new AuthorizationException("'" + caller.getUserId() + "' may not submit charters: starting a "
                    + "project takes the permission to start the process '" + LifecycleVariables.PROCESS_KEY
                    + "', which Charterline gives the group 'requesters'");
        }
    }

    /**
     * Ends the project's execution early: only its sponsor (or an administrator) may, and only while it executes.
     * The lifecycle cancels the open work and goes on to acceptance and closing. The sponsor has no engine right
     * to modify the lifecycle instance, so once the check above has let them through, the application delivers
     * the request.
     */
    @Transactional
    public ProjectView terminate(String key, TerminationRequest request, String userId, boolean administrator) {
        Project project = requireMayTerminate(key, userId, administrator);
        List<InvalidField> errors = terminationErrors(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String reason = request.reason();
        if (project.getStatus() != ProjectStatus.EXECUTING) {
            throw new ConflictException("Project " + key + " is " + project.getStatus()
                    + "; only an executing project can be terminated");
        }
        asApplication.call(() -> runtimeService
                .createMessageCorrelation(LifecycleVariables.MESSAGE_TERMINATION_REQUESTED)
                .processInstanceBusinessKey(key)
                .setVariable(LifecycleVariables.TERMINATION_REASON, reason.strip())
                .setVariable(LifecycleVariables.TERMINATED_BY, userId)
                .correlateWithResult());
        return ProjectView.of(project, charterDecisions.find(key).orElse(null));
    }

    /** The project, once the user is known to be its sponsor or an administrator. */
    Project requireMayTerminate(String key, String userId, boolean administrator) {
        Project project = projects.findByKey(key)
                .orElseThrow(() -> new NotFoundException("No project with key " + key));
        if (!administrator && !project.getSponsorId().equals(userId)) {
            throw new AccessDeniedException("Only the sponsor of " + key + " (" + project.getSponsorId()
                    + ") may terminate it");
        }
        return project;
    }

    static List<InvalidField> terminationErrors(TerminationRequest request) {
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            return List.of(new InvalidField("reason", "is required and must have at most 2000 characters"));
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public ProjectView get(String key) {
        return projects.findByKey(key)
                .map(project -> ProjectView.of(project, charterDecisions.find(key).orElse(null),
                        endings.of(project).orElse(null)))
                .orElseThrow(() -> new NotFoundException("No project with key " + key));
    }

    @Transactional(readOnly = true)
    public List<ProjectView> list() {
        Map<String, CharterDecision> decisions = charterDecisions.findAll();
        return projects.findAll().stream().map(project -> ProjectView.of(project, decisions.get(project.getKey())))
                .toList();
    }
}
