package io.charterline.project;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads how a project ended from its lifecycle's history, which keeps it after the instance is gone: the day
 * {@link ProjectEndDay} kept and the sponsor's completed "Accept deliverables" task.
 */
@Component
class ProjectEndings {

    private static final String ACCEPT_DELIVERABLES = "Task_AcceptDeliverables";

    private final HistoryService historyService;

    ProjectEndings(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** Empty for a project that has not ended, or whose lifecycle left no history. */
    Optional<ProjectEnding> of(Project project) {
        if (project.getStatus().isActive() || project.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        HistoricVariableInstance endedOn = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(project.getProcessInstanceId()).variableName(LifecycleVariables.ENDED_ON)
                .singleResult();
        Optional<HistoricTaskInstance> acceptance = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(project.getProcessInstanceId()).taskDefinitionKey(ACCEPT_DELIVERABLES).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst();
        boolean reported = project.getStatus() != ProjectStatus.REJECTED;
        return Optional.of(new ProjectEnding(
                endedOn == null || endedOn.getValue() == null ? null : LocalDate.parse(endedOn.getValue().toString()),
                acceptance.map(HistoricTaskInstance::getAssignee).orElse(null),
                acceptance.map(task -> task.getEndTime().toInstant()).orElse(null),
                reported ? "/api/projects/" + project.getKey() + "/closeout-report" : null));
    }
}
