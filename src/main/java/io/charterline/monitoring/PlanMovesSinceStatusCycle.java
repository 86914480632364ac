package io.charterline.monitoring;

import io.charterline.change.ChangeLog;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.project.Project;
import java.util.List;
import java.util.Optional;
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
        Optional<Baseline> current = baselines.currentBaseline(project.getKey());
        return new SinceStatusCycle(report.figures().statusDate(), changes.size(), changes,
                current.map(Baseline::version).orElse(null), project.getApprovedBudget(),
                current.map(baseline -> baseline.plan().budgetAtCompletion()).orElse(null));
    }
}
