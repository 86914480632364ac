package io.charterline.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A live work package of a project, as it is being done. Immutable; services return a fresh one after changes. */
public record WorkPackage(
        String projectKey,
        String code,
        String name,
        BigDecimal estimateHours,
        String skill,
        int skillLevel,
        List<String> predecessors,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        WorkPackageState state,
        String assignee,
        BigDecimal actualHours,
        String completionNote,
        String completedBy,
        Instant completedAt,
        String processInstanceId,
        Instant releasedAt,
        long rowVersion) {

    public WorkPackage {
        predecessors = List.copyOf(predecessors);
    }

    public int durationDays() {
        return CriticalPathScheduler.durationDays(estimateHours);
    }

    WorkPackage released(String instanceId, Instant at) {
        return new WorkPackage(projectKey, code, name, estimateHours, skill, skillLevel, predecessors, plannedStart,
                plannedFinish, WorkPackageState.READY, assignee, actualHours, completionNote, completedBy,
                completedAt, instanceId, at, rowVersion);
    }

    /** Released work that gets an assignee is being worked on; planned work is only pre-assigned. */
    WorkPackage assignedTo(String userId) {
        return with(state == WorkPackageState.READY ? WorkPackageState.IN_PROGRESS : state, userId, processInstanceId);
    }

    WorkPackage completed(BigDecimal hours, String note, String userId, Instant at) {
        return new WorkPackage(projectKey, code, name, estimateHours, skill, skillLevel, predecessors, plannedStart,
                plannedFinish, WorkPackageState.DONE, assignee, hours, note, userId, at, processInstanceId,
                releasedAt, rowVersion);
    }

    private WorkPackage with(WorkPackageState newState, String newAssignee, String instanceId) {
        return new WorkPackage(projectKey, code, name, estimateHours, skill, skillLevel, predecessors, plannedStart,
                plannedFinish, newState, newAssignee, actualHours, completionNote, completedBy, completedAt,
                instanceId, releasedAt, rowVersion);
    }
}
