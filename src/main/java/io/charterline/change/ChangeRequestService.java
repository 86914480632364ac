package io.charterline.change;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.EngineAsApplication;
import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting change requests (API, Tasklist's start form and the re-plan form), the impact preview, and reading
 * change requests and change logs.
 */
@Service
public class ChangeRequestService implements BodyRules<ChangeRequestInput> {

    private final ProjectRepository projects;
    private final ChangeRequestRepository changeRequests;
    private final ChangeVoteRepository votes;
    private final ChangeLogRepository changeLogEntries;
    private final ChangeLog changeLog;
    private final ChangeProposalValidator validator;
    private final BusinessKeys businessKeys;
    private final ImpactAnalyzer impactAnalyzer;
    private final ChangeClassifier classifier;
    private final RuntimeService runtimeService;
    private final EngineAsApplication asApplication;
    private final StoredImpacts impacts;
    private final PersonNames names;

    public ChangeRequestService(ProjectRepository projects, ChangeRequestRepository changeRequests,
                                ChangeVoteRepository votes, ChangeLogRepository changeLogEntries, ChangeLog changeLog,
                                ChangeProposalValidator validator, BusinessKeys businessKeys,
                                ImpactAnalyzer impactAnalyzer, ChangeClassifier classifier,
                                RuntimeService runtimeService, EngineAsApplication asApplication,
                                StoredImpacts impacts, PersonNames names) {
        this.projects = projects;
        this.changeRequests = changeRequests;
        this.votes = votes;
        this.changeLogEntries = changeLogEntries;
        this.changeLog = changeLog;
        this.validator = validator;
        this.businessKeys = businessKeys;
        this.impactAnalyzer = impactAnalyzer;
        this.classifier = classifier;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.impacts = impacts;
        this.names = names;
    }

    /**
     * Registers a change request and opens change control in the project's lifecycle.
     *
     * @throws NotFoundException     for an unknown project
     * @throws ConflictException     when the project does not accept changes now
     * @throws InvalidInputException naming every bad field; nothing is stored then
     */
    @Transactional
    public ChangeRequestView submit(String projectKey, ChangeRequestInput input, String requester) {
        ChangeRequest changeRequest = register(projectKey, input.toProposal(requester));
        openChangeControl(projectKey, changeRequest);
        return view(changeRequest);
    }

    /**
     * Submits the change request of Tasklist's "Request a change" start form as {@link #submit} does the API's:
     * the same rules, the same stored change request and the same opening of change control; only the fields are
     * named as the form names them, the project key among them.
     *
     * @param labels the start form's label of each variable, which the refusal names for the person at the form
     * @return the change request's id
     * @throws InvalidVariablesException naming every bad form field; the start is rolled back, nothing is stored
     */
    @Transactional
    public String submitFromForm(Map<String, Object> variables, String requester, Map<String, String> labels) {
        String projectKey = FormValues.text(variables, ChangeControlVariables.PROJECT_KEY);
        projectKey = projectKey == null ? null : projectKey.strip();
        ChangeRequest changeRequest = storeFromForm(projectKey, variables, requester, labels);
        openChangeControl(projectKey, changeRequest);
        return changeRequest.getKey();
    }

    /** Opens change control for a stored change request in the project's lifecycle. */
    private void openChangeControl(String projectKey, ChangeRequest changeRequest) {
        // Requests for one project take turns from here: each correlation starts change control in the same
        // lifecycle execution, and concurrent ones would fail on its revision (409) instead of waiting.
        Project project = projects.findLockedByKey(projectKey).orElseThrow();
        try {
            asApplication.call(() -> runtimeService
                    .createMessageCorrelation(LifecycleVariables.MESSAGE_CHANGE_REQUESTED)
                    .processInstanceBusinessKey(projectKey)
                    .setVariableLocal(ChangeControlVariables.CHANGE_REQUEST_ID, changeRequest.getKey())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus()
                    + " but its lifecycle is not waiting for change requests (they open in the execution phase)");
        }
    }

    /**
     * Validates and stores a change request without opening change control (which the caller does).
     *
     * @throws NotFoundException     for an unknown project
     * @throws ConflictException     when the project does not accept changes now
     * @throws InvalidInputException naming every bad field; nothing is stored then
     */
    @Transactional
    public ChangeRequest register(String projectKey, ChangeProposal proposal) {
        Project project = acceptingProject(projectKey);
        List<InvalidField> errors = errorsOf(projectKey, proposal);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return store(project, proposal);
    }

    /**
     * Registers a change request from the change-request form inside the lifecycle (the re-plan path); the
     * lifecycle then calls change control itself.
     *
     * @param labels the labels of the form's fields, by variable, for the refusal's message
     * @throws InvalidVariablesException naming every bad form field; the task completion is rolled back
     */
    @Transactional
    public String registerFromForm(String projectKey, Map<String, Object> variables, String requester,
                                   Map<String, String> labels) {
        return storeFromForm(projectKey, variables, requester, labels).getKey();
    }

    private ChangeRequest storeFromForm(String projectKey, Map<String, Object> variables, String requester,
                                        Map<String, String> labels) {
        ChangeRequestForm.Read read = ChangeRequestForm.read(variables, requester);
        List<InvalidField> errors = new ArrayList<>(read.errors());
        boolean keyGiven = projectKey != null && !projectKey.isBlank();
        Project project = keyGiven ? projects.findByKey(projectKey).orElse(null) : null;
        if (project == null) {
            errors.add(new InvalidField(ChangeControlVariables.PROJECT_KEY,
                    (keyGiven ? "'" + projectKey + "' is no project" : "is required")
                            + ": give the key of an EXECUTING project, such as PRJ-2026-0004"));
        }
        // A form field that could not be read leaves the proposal incomplete, and without a project there is
        // nothing to apply it to: applying it could mislead.
        List<InvalidField> proposalErrors = errors.isEmpty() ? errorsOf(projectKey, read.proposal())
                : validator.validate(read.proposal());
        proposalErrors.stream().map(read::toFormField).forEach(errors::add);
        if (project != null && !project.getStatus().acceptsChanges()) {
            errors.add(new InvalidField(ChangeControlVariables.PROJECT_KEY, projectKey + " is "
                    + project.getStatus() + " and accepts no change requests; only an EXECUTING project does"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("change request", errors, labels);
        }
        return store(project, read.proposal());
    }

    /**
     * The impact analysis and classification of a proposal, as if it were submitted; stores and starts nothing.
     * Refuses what the submission refuses, with the same fields, so a what-if never shows a change that cannot be.
     */
    @Transactional
    public ImpactPreview preview(String projectKey, ChangeRequestInput input, String requester) {
        acceptingProject(projectKey);
        ChangeProposal proposal = input.toProposal(requester);
        List<InvalidField> errors = errorsOf(projectKey, proposal);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ImpactAnalysis impact = impactAnalyzer.analyse(projectKey, null, proposal);
        ChangeClassifier.Classification classified = classifier.classify(proposal, impact);
        return new ImpactPreview(impact, impact.summary(), classified.changeClass(), classified.riskLevel(),
                classified.route(), classified.note(), classified.reason());
    }

    @Override
    public Class<ChangeRequestInput> bodyType() {
        return ChangeRequestInput.class;
    }

    /**
     * The proposal's own rules, for a body with values of the wrong type; those against the project are checked
     * once the body can be read.
     */
    @Override
    public List<InvalidField> errorsOf(ChangeRequestInput input) {
        return validator.validate(input.toProposal(CurrentUser.idOrNull()));
    }

    /**
     * The proposal's own errors and, where its work-package and budget changes are well formed, those of applying
     * them to the project (unknown or finished packages, a budget below zero), so that one answer names them all.
     */
    private List<InvalidField> errorsOf(String projectKey, ChangeProposal proposal) {
        List<InvalidField> errors = new ArrayList<>(validator.validate(proposal));
        boolean applicable = errors.stream().map(InvalidField::field)
                .noneMatch(field -> field.startsWith("workPackageChanges") || field.equals("budgetChange"));
        if (applicable) {
            errors.addAll(impactAnalyzer.applicationErrors(projectKey, proposal));
        }
        return errors;
    }

    @Transactional(readOnly = true)
    public ChangeRequestView get(String changeRequestId) {
        return view(changeRequests.findByKey(changeRequestId)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestId)));
    }

    /** The project's change requests, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeRequestListItem> list(String projectKey) {
        Project project = projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
        return changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()).stream()
                .map(ChangeRequestListItem::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeLogEntryView> changeLog(String projectKey) {
        Project project = projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
        List<ChangeLogEntry> entries = changeLogEntries.findByProjectIdOrderByIdAsc(project.getId());
        // Read as the application: a reader of the change log may see its people's names without the engine's
        // permission to read their user records.
        Map<String, String> people = asApplication.call(() -> {
            Map<String, String> named = new HashMap<>();
            entries.forEach(entry -> ChangeLogEntryView.actorIds(entry.getActor())
                    .forEach(id -> named.computeIfAbsent(id, names::of)));
            return named;
        });
        return entries.stream().map(entry -> ChangeLogEntryView.of(entry, people)).toList();
    }

    private Project acceptingProject(String projectKey) {
        Project project = projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
        if (!project.getStatus().acceptsChanges()) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus()
                    + "; change requests are accepted once its baseline is approved, while it is EXECUTING");
        }
        return project;
    }

    private ChangeRequest store(Project project, ChangeProposal proposal) {
        ChangeRequest changeRequest = changeRequests.save(
                new ChangeRequest(businessKeys.next(BusinessKeys.CHANGE_REQUEST), project.getId(), proposal));
        changeLog.record(changeRequest.getKey(), proposal.requester(), ChangeEvent.SUBMITTED,
                "%s change '%s': %s".formatted(proposal.requestedType(), changeRequest.getTitle(),
                        proposal.reason().strip()));
        return changeRequest;
    }

    private ChangeRequestView view(ChangeRequest changeRequest) {
        ChangeProposal proposal = changeRequest.proposal();
        String projectKey = projects.findById(changeRequest.getProjectId()).map(Project::getKey).orElseThrow();
        List<ChangeRequestView.Vote> boardVotes = votes
                .findByChangeRequestIdOrderByVotedAtAscIdAsc(changeRequest.getId()).stream()
                .map(vote -> new ChangeRequestView.Vote(vote.getVoterId(), vote.getVote(), vote.getReason(),
                        vote.getVotedAt()))
                .toList();
        return new ChangeRequestView(changeRequest.getKey(), projectKey, proposal.title(), proposal.description(),
                proposal.reason(), proposal.requestedType(), proposal.requester(), proposal.workPackageChanges(),
                proposal.budgetChange(), proposal.scopeChange(), proposal.affectedItems(), proposal.windowStart(),
                proposal.windowEnd(), changeRequest.getStatus(), changeRequest.getChangeClass(),
                changeRequest.getRiskLevel(), changeRequest.getApprovalRoute(),
                changeRequest.getClassificationNote(), impacts.of(changeRequest),
                changeRequest.getImpactSummary(), changeRequest.getAnalysedBaselineVersion(),
                changeRequest.getAppliedBaselineVersion(), changeRequest.getDecision(), changeRequest.getDecidedBy(),
                changeRequest.getDecisionReason(), boardVotes, changeRequest.getScheduledStart(),
                changeRequest.getScheduledEnd(), changeRequest.getOverrideReason(),
                changeRequest.getImplementationOutcome(), changeRequest.getCreatedAt(), changeRequest.getUpdatedAt());
    }
}
