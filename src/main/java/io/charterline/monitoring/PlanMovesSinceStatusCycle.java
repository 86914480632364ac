package io.charterline.monitoring;

import io.charterline.change.ChangeLog;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.project.Project;
import io.charterline.risk.OpenItemCounts;
import io.charterline.risk.RegisterMoves;
import io.charterline.risk.RiskRegister;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads from the change log what moved a project's plan after a status report was recorded, and from the register
 * which risks and issues were raised or settled after it.
 */
@Service
public class PlanMovesSinceStatusCycle {

    private final ChangeLog changeLog;
    private final BaselineService baselines;
    private final RiskRegister register;
    private final ProjectHealthDecision healthDecision;

    public PlanMovesSinceStatusCycle(ChangeLog changeLog, BaselineService baselines, RiskRegister register,
                                     ProjectHealthDecision healthDecision) {
        this.changeLog = changeLog;
        this.baselines = baselines;
        this.register = register;
        this.healthDecision = healthDecision;
    }

    /** The risks and issues raised or settled after a running project's {@code report}; null after a closeout. */
    @Transactional(readOnly = true)
    public RegisterMoves registerAfter(StatusReport report) {
        return report.isCloseout() ? null : register.movesAfter(report.getProjectId(), report.getCreatedAt());
    }

    /**
     * What {@code project-health} would rate today's open risks and issues with the SPI and CPI of a running
     * project's {@code report}; null after a closeout.
     */
    @Transactional(readOnly = true)
    public HealthRating ratedToday(StatusReport report, OpenItemCounts today) {
        if (report.isCloseout()) {
            return null;
        }
        KpiFigures figures = report.figures();
        return healthDecision.preview(figures.spi(), figures.cpi(), today.risks().highOrAbove(),
                today.issues().critical());
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
        OpenItemCounts today = report.isCloseout() ? null : register.openItems(project.getId());
        HealthRating rating = today == null ? null : ratedToday(report, today);
        return new SinceStatusCycle(report.figures().statusDate(), changes.size(), changes,
                current.map(Baseline::version).orElse(null), project.getApprovedBudget(),
                current.map(baseline -> baseline.plan().budgetAtCompletion()).orElse(null),
                registerAfter(report), today == null ? null : today.risks(), today == null ? null : today.issues(),
                rating == null ? null : rating.health(), rating == null ? null : rating.recommendedAction());
    }
}
