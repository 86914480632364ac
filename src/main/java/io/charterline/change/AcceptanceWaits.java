package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.ACCEPTANCE_WAITS;

import io.charterline.plan.WorkPackageService;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once all planned work of a project is done, its acceptance waits for every change still in change control: the
 * lifecycle stays in execution until each has ended, however far off its window is. The project manager and the
 * sponsor are told which changes hold it, and each change's implementer reads it on "Implement change", so that
 * someone implements early or re-plans instead of the project idling unnoticed until the window.
 */
@Service
class AcceptanceWaits {

    static final String NOTICE = "CHANGE_HOLDS_ACCEPTANCE";
    static final String IMPLEMENT_TASK = "Task_ImplementChange";

    private final ProjectRepository projects;
    private final ChangeRequestRepository changeRequests;
    private final WorkPackageService workPackages;
    private final ChangeNoticeSender sender;
    private final TaskService taskService;
    private final Clock clock;

    AcceptanceWaits(ProjectRepository projects, ChangeRequestRepository changeRequests,
                           WorkPackageService workPackages, ChangeNoticeSender sender, TaskService taskService,
                           Clock clock) {
        this.projects = projects;
        this.changeRequests = changeRequests;
        this.workPackages = workPackages;
        this.sender = sender;
        this.taskService = taskService;
        this.clock = clock;
    }

    /** The project's last work package is done: tells who acceptance waits for, one notice per open change. */
    @Transactional
    void workCompleted(String projectKey) {
        Project project = projects.findByKey(projectKey).orElseThrow();
        List<String> recipients = Stream.of(project.getManagerId(), project.getSponsorId())
                .filter(Objects::nonNull).distinct().toList();
        String forImplementer = forImplementer(projectKey, LocalDate.now(clock));
        changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()).stream()
                .filter(change -> ChangeStatus.IN_FLIGHT.contains(change.getStatus()))
                .forEach(change -> {
                    sender.send(change, project, NOTICE, change.getStatus().name(), "holds the acceptance of "
                            + projectKey + ": all its work packages are done, and acceptance waits for this change, "
                            + stage(change), recipients);
                    taskService.createTaskQuery().processInstanceBusinessKey(change.getKey())
                            .taskDefinitionKey(IMPLEMENT_TASK).list()
                            .forEach(task -> taskService.setVariableLocal(task.getId(), ACCEPTANCE_WAITS,
                                    forImplementer));
                });
    }

    /**
     * For an "Implement change" of the project: "As of 2026-11-25 all planned work of PRJ-2026-0008 is done: the
     * project's acceptance waits for this change's implementation and review"; null while work is open.
     */
    @Transactional(readOnly = true)
    String forImplementer(String projectKey) {
        return workPackages.allDone(projectKey) ? forImplementer(projectKey, LocalDate.now(clock)) : null;
    }

    private static String forImplementer(String projectKey, LocalDate today) {
        return "As of " + today + " all planned work of " + projectKey + " is done: the project's acceptance waits "
                + "for this change's implementation and review";
    }

    private static String stage(ChangeRequest change) {
        return switch (change.getStatus()) {
            case SUBMITTED, ANALYSED -> "which is still waiting for its decision";
            case IMPLEMENTED -> "which is implemented and waiting for its review";
            default -> change.getScheduledStart() == null ? "which is approved and waiting for its window"
                    : "scheduled for its window " + new ImplementationWindow(change.getScheduledStart(),
                            change.getScheduledEnd()) + "; it may be implemented before the window, or re-planned";
        };
    }
}
