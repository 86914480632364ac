package io.charterline.monitoring;

import io.charterline.change.ChangeLog;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.project.Project;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads from the change log what moved a project's plan after a status report was recorded. */
@Service
public class PlanMovesSinceStatusCycle {

    private final ChangeLog changeLog;
    private final BaselineService baselines;

    public PlanMovesSinceStatusCycle(ChangeLog changeLog, BaselineService baselines) {
        this.changeLog = changeLog;
        this.baselines = baselines;
    }

    /** The change requests applied or backed out after {@code report} was recorded, in the order they were. */
    @Transactional(readOnly = true)
    public List<String> changesAfter(StatusReport report) {
        return changeLog.plansMovedAfter(report.getProjectId(), report.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public SinceStatusCycle since(Project project, StatusReport report) {
        List<String> changes = changesAfter(report);
        Integer version = baselines.currentBaseline(project.getKey()).map(Baseline::version).orElse(null);
        return new SinceStatusCycle(report.figures().statusDate(), changes.size(), changes, version,
                project.getApprovedBudget());
    }
}
