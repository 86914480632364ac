package io.charterline.change;

import io.charterline.platform.process.EngineAsApplication;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change request taken back before it is decided. After its decision a change is taken back only by the paths
 * change control already has (backed out at its implementation review, cancelled with its project).
 */
@Service
public class ChangeWithdrawals {

    static final int MAX_REASON = 2000;

    private final ChangeRequestRepository changeRequests;
    private final ProjectRepository projects;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final EngineAsApplication asApplication;

    public ChangeWithdrawals(ChangeRequestRepository changeRequests, ProjectRepository projects,
                             RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                             EngineAsApplication asApplication) {
        this.changeRequests = changeRequests;
        this.projects = projects;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /**
     * Interrupts the change's change control, which ends it WITHDRAWN: its open tasks go away, the change log says
     * who withdrew it and why, and those who had one of those tasks are told.
     *
     * @throws NotFoundException     for an unknown change request
     * @throws AccessDeniedException unless the user is the change's requester or the project's manager
     * @throws InvalidInputException naming {@code reason} when it is missing or too long
     * @throws ConflictException     when the change is decided already, or its change control is not running
     */
    // A refusal is found before anything is written. Tasklist's withdrawal calls this inside its start's transaction
    // and answers a refusal with a modelled path, so a refusal must not mark that transaction for rollback.
    @Transactional(noRollbackFor = {NotFoundException.class, AccessDeniedException.class, ConflictException.class})
    public void withdraw(String changeRequestId, WithdrawalRequest request, String userId) {
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestId)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestId));
        Project project = projects.findById(changeRequest.getProjectId()).orElseThrow();
        if (!userId.equals(changeRequest.getRequesterId()) && !userId.equals(project.getManagerId())) {
            throw new AccessDeniedException("Only the requester of " + changeRequestId + " ("
                    + changeRequest.getRequesterId() + ") or the project manager of " + project.getKey() + " ("
                    + project.getManagerId() + ") may withdraw it; user '" + userId + "' is neither");
        }
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "is required and must have at most " + MAX_REASON
                    + " characters: say why the change is no longer wanted");
        }
        if (!ChangeStatus.UNDECIDED.contains(changeRequest.getStatus())) {
            throw new ConflictException(changeRequestId + " is " + changeRequest.getStatus()
                    + ": only a change not yet decided (SUBMITTED or ANALYSED) can be withdrawn"
                    + (ChangeStatus.IN_FLIGHT.contains(changeRequest.getStatus())
                            ? "; an approved change that fails is backed out at its implementation review" : ""));
        }
        ProcessInstance changeControl = asApplication.call(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY).processInstanceBusinessKey(changeRequestId)
                .singleResult());
        if (changeControl == null) {
            throw new ConflictException(changeRequestId + " is " + changeRequest.getStatus()
                    + " but its change control is not running, so there is nothing to withdraw it from");
        }
        String approvers = String.join(",", openTaskHolders(changeControl.getId(), userId));
        // Should the decision be recorded meanwhile, the change request's version no longer matches when the
        // withdrawal stores it: the withdrawal fails (409) instead of ending an approved change.
        asApplication.call(() -> runtimeService
                .createMessageCorrelation(ChangeControlVariables.MESSAGE_CHANGE_WITHDRAWN)
                .processInstanceId(changeControl.getId())
                .setVariable(ChangeControlVariables.WITHDRAWN_BY, userId)
                .setVariable(ChangeControlVariables.WITHDRAWAL_REASON, reason.strip())
                .setVariable(ChangeControlVariables.WITHDRAWAL_APPROVERS, approvers)
                .correlateWithResult());
    }

    /**
     * Whoever holds an open task of the change: its assignee, or for a group's unclaimed task the group's members;
     * and for the requester's answer to a question, the approver who asked, whose approval waits for it.
     */
    private List<String> openTaskHolders(String processInstanceId, String withdrawnBy) {
        return asApplication.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).list()
                .stream()
                .flatMap(this::holders)
                .filter(Objects::nonNull)
                .filter(holder -> !holder.equals(withdrawnBy))
                .distinct().sorted().toList());
    }

    private Stream<String> holders(Task task) {
        String asker = Objects.toString(taskService.getVariableLocal(task.getId(),
                ChangeControlVariables.QUESTION_ASKED_BY), null);
        return asker == null ? offeredTo(task) : Stream.concat(offeredTo(task), Stream.of(asker));
    }

    private Stream<String> offeredTo(Task task) {
        if (task.getAssignee() != null) {
            return Stream.of(task.getAssignee());
        }
        Collection<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .flatMap(link -> link.getUserId() != null ? Stream.of(link.getUserId())
                        : identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
                                .map(User::getId));
    }
}
