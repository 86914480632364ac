package io.charterline.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the people of a task read the process instance it belongs to: its assignee and its candidate users and
 * groups get READ on that one instance. Tasklist shows a task's project and change (the shared filters'
 * variables) and opens its process instance only with that right, and a team member must not read every project
 * of the portfolio (the managing groups do, see GroupAuthorizations). Every task's process instance carries the
 * project key the filters show, so the lifecycle instance above a change needs no grant. The grants outlive the
 * task: who worked on a case may still look it up.
 *
 * <p>Called for every user task through the engine's Spring events ({@code camunda.bpm.eventing.task}), after the
 * model's own listeners have chosen the assignee or the candidates. Written as Charterline: the person whose step
 * created the task may not grant rights.
 *
 * <p>Tasks opened before these grants existed get theirs once, at the first start of a version that has them
 * ({@link #grantForOpenTasksOnce}). Later tasks need no catch-up: only the engine creates tasks, and it runs in
 * this application, whose listener grants in the transaction that creates the task, so no task appears while the
 * application is down.
 */
@Component
class CaseReadForTaskPeople {

    /** The engine property that says the open tasks of before these grants got theirs. */
    static final String CAUGHT_UP = "charterline.case-read.caught-up";

    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final ManagementService managementService;

    CaseReadForTaskPeople(AuthorizationService authorizationService, IdentityService identityService,
                          TaskService taskService, ManagementService managementService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    @EventListener
    void on(DelegateTask task) {
        String event = task.getEventName();
        if (task.getProcessInstanceId() == null || !(TaskListener.EVENTNAME_CREATE.equals(event)
                || TaskListener.EVENTNAME_ASSIGNMENT.equals(event))) {
            return;
        }
        asApplication(() -> {
            if (task.getAssignee() != null) {
                grantRead(task.getProcessInstanceId(), grant -> grant.setUserId(task.getAssignee()),
                        query -> query.userIdIn(task.getAssignee()));
            }
            task.getCandidates().forEach(link -> grantRead(task.getProcessInstanceId(), link));
        });
    }

    /**
     * Grants what the open tasks got no grant for, unless that was done before on this database: it reads every open
     * task and its people, work a large installation need not do at every start. Granting is idempotent, so a
     * catch-up cut short by a crash before the mark is simply done again.
     *
     * @return whether the catch-up ran
     */
    boolean grantForOpenTasksOnce() {
        if (managementService.getProperties().containsKey(CAUGHT_UP)) {
            return false;
        }
        grantForOpenTasks();
        managementService.setProperty(CAUGHT_UP, "true");
        return true;
    }

    /** Grants what tasks created before this class existed would have got; idempotent. */
    private void grantForOpenTasks() {
        asApplication(() -> taskService.createTaskQuery().active().list().stream()
                .filter(task -> task.getProcessInstanceId() != null)
                .forEach(this::grantForOpenTask));
    }

    private void grantForOpenTask(Task task) {
        if (task.getAssignee() != null) {
            grantRead(task.getProcessInstanceId(), grant -> grant.setUserId(task.getAssignee()),
                    query -> query.userIdIn(task.getAssignee()));
        }
        taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .forEach(link -> grantRead(task.getProcessInstanceId(), link));
    }

    private void grantRead(String processInstanceId, IdentityLink candidate) {
        if (candidate.getUserId() != null) {
            grantRead(processInstanceId, grant -> grant.setUserId(candidate.getUserId()),
                    query -> query.userIdIn(candidate.getUserId()));
        } else if (candidate.getGroupId() != null) {
            grantRead(processInstanceId, grant -> grant.setGroupId(candidate.getGroupId()),
                    query -> query.groupIdIn(candidate.getGroupId()));
        }
    }

    private void grantRead(String processInstanceId, Consumer<Authorization> holder,
                           Consumer<AuthorizationQuery> holderQuery) {
        Authorization probe = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        holder.accept(probe);
        if (!grantedInThisTransaction().add(probe.getUserId() + "|" + probe.getGroupId() + "|" + processInstanceId)) {
            return;
        }
        var query = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId);
        holderQuery.accept(query);
        Authorization authorization = query.list().stream().findFirst().orElseGet(() -> {
            Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            holder.accept(created);
            created.setResource(Resources.PROCESS_INSTANCE);
            created.setResourceId(processInstanceId);
            return created;
        });
        if (authorization.getId() != null && authorization.isPermissionGranted(Permissions.READ)) {
            return;
        }
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }

    /**
     * What this transaction granted already: a task's create and assignment events, or two tasks of one instance,
     * come in one transaction, and the engine writes a new grant only at its end, so a query would not find it.
     */
    @SuppressWarnings("unchecked")
    private Set<String> grantedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> granted = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (granted == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CaseReadForTaskPeople.this);
                }
            });
            granted = fresh;
        }
        return granted;
    }

    private void asApplication(Runnable work) {
        var caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            work.run();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
