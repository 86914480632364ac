package io.charterline.demo;

import static io.charterline.work.WorkPackageVariables.ACTUAL_HOURS;
import static io.charterline.work.WorkPackageVariables.COMPLETION_NOTE;
import static io.charterline.work.WorkPackageVariables.ESTIMATE_HOURS;
import static io.charterline.work.WorkPackageVariables.WORK_PACKAGE_CODE;

import io.charterline.change.ChangeControlVariables;
import io.charterline.change.ChangeRequestInput;
import io.charterline.change.ChangeRequestService;
import io.charterline.charter.CharterInput;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.time.ReplayClock;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.ProjectService;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves projects through the lifecycle the way people do in Tasklist: each step as the user who owns it, with
 * the engine's authorization checks on. The demo data is made with it, so what a newcomer sees on the first
 * start is the product's real behaviour, not inserted rows.
 */
@Component
public class ProjectDriver {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final ProjectService projectService;
    private final WorkPackageService workPackages;
    private final TimeEntryService timeEntries;
    private final ChangeRequestService changeRequests;
    private final ReplayClock clock;

    public ProjectDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                         IdentityService identityService, ProjectService projectService,
                         WorkPackageService workPackages, TimeEntryService timeEntries,
                         ChangeRequestService changeRequests, ReplayClock clock) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.projectService = projectService;
        this.workPackages = workPackages;
        this.timeEntries = timeEntries;
        this.changeRequests = changeRequests;
        this.clock = clock;
    }

    /** Starts a project as the given requester, as Tasklist's charter start form does; answers its key. */
    public String start(String requester, CharterInput charter) {
        return asUser(requester, () -> projectService.start(charter).key());
    }

    /** Submits a change request to the project as the given user, as the change request form does; answers its key. */
    public String requestChange(String projectKey, String userId, ChangeRequestInput change) {
        return asUser(userId, () -> changeRequests.submit(projectKey, change, userId).id());
    }

    /**
     * Completes the open task with the given definition key in the project (its lifecycle or one of its work
     * packages) as the given user, claiming it first when it is offered to a group.
     */
    public void complete(String projectKey, String taskDefinitionKey, String userId, Map<String, Object> variables) {
        complete(openTask(projectKey, taskDefinitionKey), userId, variables);
    }

    /**
     * Completes the task with the given definition key if the project has one open, as {@link #complete}; some
     * steps exist only on some routes (a sponsor's approval, an escalation). Answers whether there was one.
     */
    public boolean completeIfOpen(String projectKey, String taskDefinitionKey, String userId,
                                  Map<String, Object> variables) {
        if (openTasks(projectKey, taskDefinitionKey).isEmpty()) {
            return false;
        }
        complete(projectKey, taskDefinitionKey, userId, variables);
        return true;
    }

    /**
     * Has the change board's members vote, each as themselves, until the vote is over: it ends as soon as a
     * majority has voted, and the other members' tasks go away.
     */
    public void voteUntilDecided(String changeRequestId, Map<String, Object> vote) {
        List<Task> open;
        while (!(open = openTasks(changeRequestId, "Task_VoteOnChange")).isEmpty()) {
            complete(open.get(0), open.get(0).getAssignee(), vote);
        }
    }

    /** Completes the task as the given user, claiming it first when it is offered to a group. */
    public void complete(Task task, String userId, Map<String, Object> variables) {
        asUser(userId, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * Completes up to {@code count} open work packages of the project as their assignees, booking the hours
     * given per package (or the estimate), and runs what each completion releases.
     */
    public void finishWork(String projectKey, int count, Map<String, Integer> hoursByPackage) {
        for (int done = 0; done < count; done++) {
            runPendingJobs(projectKey);
            List<Task> open = openTasks(projectKey, "Task_PerformWorkPackage");
            if (open.isEmpty()) {
                return;
            }
            Task task = open.get(0);
            String code = String.valueOf(taskService.getVariable(task.getId(), WORK_PACKAGE_CODE));
            Object estimate = taskService.getVariable(task.getId(), ESTIMATE_HOURS);
            completeAsAssignee(task, code, hoursByPackage.getOrDefault(code, ((Number) estimate).intValue()));
        }
        runPendingJobs(projectKey);
    }

    /**
     * Completes one open work package as its assignee, with the hours spent on it in total, and runs what the
     * completion releases.
     */
    public void finishPackage(String projectKey, String code, int hours) {
        Task task = openTasks(projectKey, "Task_PerformWorkPackage").stream()
                .filter(open -> code.equals(taskService.getVariable(open.getId(), WORK_PACKAGE_CODE)))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "Project " + projectKey + " has no open work package " + code));
        completeAsAssignee(task, code, hours);
        runPendingJobs(projectKey);
    }

    private void completeAsAssignee(Task workTask, String code, int hours) {
        complete(workTask, workTask.getAssignee(), Map.of(ACTUAL_HOURS, hours, COMPLETION_NOTE, "Delivered " + code));
    }

    /** Books today's hours on an open work package as its assignee, as they would through the API. */
    public void bookToday(String projectKey, String code, String hours, String note) {
        WorkPackage wp = workPackage(projectKey, code);
        timeEntries.book(projectKey, new TimeEntryInput(code, LocalDate.now(clock), new BigDecimal(hours), note, null),
                wp.assignee(), groupsOf(wp.assignee()));
    }

    public WorkPackage workPackage(String projectKey, String code) {
        return workPackages.find(projectKey, code).orElseThrow(() -> new IllegalStateException(
                "Project " + projectKey + " has no work package " + code));
    }

    /**
     * From now on this thread works on the given day, from nine in the morning, until {@link #present()}: the
     * demo's finished projects run on the dates they would have run on.
     */
    public void on(LocalDate day) {
        clock.replayFrom(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
    }

    public void present() {
        clock.present();
    }

    public Task openTask(String projectKey, String taskDefinitionKey) {
        List<Task> tasks = openTasks(projectKey, taskDefinitionKey);
        if (tasks.isEmpty()) {
            throw new IllegalStateException("Project " + projectKey + " has no open task " + taskDefinitionKey);
        }
        return tasks.get(0);
    }

    /** Open tasks of the project's lifecycle (business key = project key) and its work packages (key:code). */
    public List<Task> openTasks(String projectKey, String taskDefinitionKey) {
        return taskService.createTaskQuery()
                .taskDefinitionKey(taskDefinitionKey)
                .or().processInstanceBusinessKey(projectKey)
                .processInstanceBusinessKeyLike(projectKey + ":%").endOr()
                .orderByTaskCreateTime().asc()
                .list();
    }

    /** Lets the project's status-report timer fire now and runs the cycle it starts. */
    public void runStatusCycle(String projectKey) {
        ProcessInstance lifecycle = lifecycle(projectKey);
        Job timer = managementService.createJobQuery().processInstanceId(lifecycle.getId()).timers()
                .activityId("StartEvent_StatusReportDue").singleResult();
        if (timer == null) {
            throw new IllegalStateException("Project " + projectKey + " has no status cycle timer; is it executing?");
        }
        execute(timer);
        runPendingJobs(projectKey);
    }

    /** Runs the project's asynchronous steps that are due, instead of waiting for the job executor. */
    public void runPendingJobs(String projectKey) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().messages().executable().list().stream()
                    .filter(job -> belongsTo(job, projectKey))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(this::execute);
        }
        throw new IllegalStateException("Project " + projectKey + " keeps producing jobs");
    }

    /** The keys of the project's change requests that are in change control now. */
    public List<String> openChangeRequests(String projectKey) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY)
                .variableValueEquals(LifecycleVariables.PROJECT_KEY, projectKey)
                .list().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    public Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }

    public ProcessInstance lifecycle(String projectKey) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LifecycleVariables.PROCESS_KEY)
                .processInstanceBusinessKey(projectKey)
                .singleResult();
    }

    /** One query, so that an instance ending meanwhile (another project's driver) counts as not this project's. */
    private boolean belongsTo(Job job, String projectKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                .variableValueEquals(LifecycleVariables.PROJECT_KEY, projectKey).count() > 0;
    }

    /** The job executor may take a job first; either way it ran. */
    private void execute(Job job) {
        try {
            managementService.executeJob(job.getId());
        } catch (OptimisticLockingException raced) {
            // the job executor ran it concurrently
        } catch (ProcessEngineException gone) {
            if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
                throw gone;
            }
        }
    }

    private <T> T asUser(String userId, Supplier<T> action) {
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
