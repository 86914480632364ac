package io.charterline.work;

import static io.charterline.work.WorkPackageVariables.*;

import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.process.EngineAsApplication;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.Staffing;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns work packages into Tasklist tasks as soon as their predecessors are done, and tells the lifecycle when
 * the last one is finished. Each package runs as its own {@code work-package} instance (business key
 * {@code PRJ-2026-0001:WP-3}), so a change that adds packages simply releases more of them.
 */
@Service
public class WorkRelease {

    /** A package is due at the end of the working day it is planned to finish on. */
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final WorkPackageService workPackages;
    private final Staffing staffing;
    private final ProjectRegistry projects;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final EngineAsApplication asApplication;
    private final TimeEntryService timeEntries;
    private final Clock clock;

    public WorkRelease(WorkPackageService workPackages, Staffing staffing, ProjectRegistry projects,
                       RuntimeService runtimeService, TaskService taskService, EngineAsApplication asApplication,
                       TimeEntryService timeEntries, Clock clock) {
        this.workPackages = workPackages;
        this.timeEntries = timeEntries;
        this.staffing = staffing;
        this.projects = projects;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.asApplication = asApplication;
        this.clock = clock;
    }

    /**
     * Releases every package whose predecessors are done; answers how many. The task shows the hours already
     * booked on the package, as its completion counts them: none, unless a back-out brought back a package a change
     * had cancelled, whose earlier entries went into the same work (the restored baseline plans its whole cost).
     */
    @Transactional
    public int releaseReady(String projectKey) {
        List<WorkPackage> releasable = workPackages.releasable(projectKey);
        if (releasable.isEmpty()) {
            return 0;
        }
        Map<String, BigDecimal> booked = timeEntries.actualHoursByPackage(projectKey, releasable);
        Map<String, String> assignees = staffing.assigneesOf(projectKey);
        String projectManager = projects.require(projectKey).getManagerId();
        for (WorkPackage ready : releasable) {
            String assignee = assignees.getOrDefault(ready.code(), projectManager);
            ProcessInstance task = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .businessKey(projectKey + ":" + ready.code())
                    .setVariables(plannedSide(ready)
                            .putValue(PROJECT_KEY, projectKey)
                            .putValue(WORK_PACKAGE_CODE, ready.code())
                            .putValue(WORK_PACKAGE_NAME, ready.name())
                            .putValue(ASSIGNEE, assignee)
                            .putValue(BOOKED_HOURS, booked.get(ready.code()).doubleValue()))
                    .execute();
            workPackages.markReleased(projectKey, ready.code(), task.getId());
            workPackages.assign(projectKey, ready.code(), assignee);
        }
        return releasable.size();
    }

    /**
     * Names the change on the tasks of the packages it added that were released, so that their assignees read that the
     * work starts now, at the change's approval, and not in the change's window; a package the change added is new,
     * so a released one's instance is still open. Done as the application, as the approver has no engine right to
     * other people's tasks.
     */
    @Transactional
    public void noteAddedByChange(String projectKey, Collection<String> codes, String changeRequestId) {
        asApplication.call(() -> {
            for (String code : codes) {
                workPackages.find(projectKey, code).map(WorkPackage::processInstanceId)
                        .ifPresent(instance -> runtimeService.setVariable(instance, ADDED_BY_CHANGE, changeRequestId));
            }
            return null;
        });
    }

    /**
     * Brings the open tasks of released packages in line with the plan after it changed: estimate, planned dates
     * and due date, as the form and Tasklist show them. Done as the application: whoever approved the change has
     * no engine right to change other people's tasks. Answers how many tasks changed.
     */
    @Transactional
    public int replanOpenWork(String projectKey) {
        return asApplication.call(() -> {
            int replanned = 0;
            for (WorkPackage open : workPackages.list(projectKey)) {
                Task task = open.processInstanceId() == null || open.state().isFinished() ? null
                        : taskService.createTaskQuery().processInstanceId(open.processInstanceId()).singleResult();
                if (task == null) {
                    continue;
                }
                runtimeService.setVariables(open.processInstanceId(), plannedSide(open));
                Date due = dueAt(open);
                if (!due.equals(task.getDueDate())) {
                    task.setDueDate(due);
                    taskService.saveTask(task);
                    replanned++;
                }
            }
            return replanned;
        });
    }

    private VariableMap plannedSide(WorkPackage wp) {
        return Variables.createVariables()
                .putValue(ESTIMATE_HOURS, wp.estimateHours().doubleValue())
                .putValue(PLANNED_START, String.valueOf(wp.plannedStart()))
                .putValue(PLANNED_FINISH, String.valueOf(wp.plannedFinish()))
                .putValue(DUE_DATE, dueAt(wp));
    }

    private Date dueAt(WorkPackage wp) {
        return Date.from(wp.plannedFinish().atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /**
     * Releases what the finished package unblocked; once no work is open, lets the lifecycle move on. Two
     * packages finishing at once may both see the end: correlating to all waiting instances makes the second a
     * no-op instead of an error.
     */
    @Transactional
    public void afterCompletion(String projectKey) {
        releaseReady(projectKey);
        endWorkIfNoneOpen(projectKey);
    }

    /**
     * Lets the lifecycle move on to acceptance once no work is open, also when a change (not a completion) closed
     * the last open package by cancelling it. Done as the application, like {@link #endCancelledWork}.
     *
     * @return whether all work of the project is finished
     */
    @Transactional
    public boolean endWorkIfNoneOpen(String projectKey) {
        if (!workPackages.allDone(projectKey)) {
            return false;
        }
        return asApplication.call(() -> {
            runtimeService.createMessageCorrelation(LifecycleVariables.MESSAGE_WORK_COMPLETED)
                    .processInstanceBusinessKey(projectKey)
                    .correlateAll();
            return true;
        });
    }

    /**
     * Ends the work-package tasks of packages the plan no longer holds (already CANCELLED by the baseline sync),
     * with the same message as termination. Done as the application: whoever approved or backed out the change
     * has no engine right to end other people's work.
     */
    @Transactional
    public void endCancelledWork(String projectKey, Collection<String> codes) {
        asApplication.call(() -> {
            codes.forEach(code -> runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                    .processInstanceBusinessKey(projectKey + ":" + code)
                    .correlateAll());
            return codes.size();
        });
    }

    /** Ends every open work-package task of the project and cancels its open packages; answers how many. */
    @Transactional
    public int cancelOpenWork(String projectKey) {
        runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                .processInstanceVariableEquals(PROJECT_KEY, projectKey)
                .correlateAll();
        return workPackages.cancelOpen(projectKey);
    }
}
