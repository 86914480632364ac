package io.charterline.monitoring;

import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.risk.RiskRegister;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All active projects with the figures of their latest status cycle and the changes applied since. */
@Service
public class PortfolioService {

    private static final List<ProjectStatus> ACTIVE =
            Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::isActive).toList();

    private final ProjectRepository projects;
    private final StatusReportRepository reports;
    private final PlanMovesSinceStatusCycle planMoves;
    private final RiskRegister register;

    public PortfolioService(ProjectRepository projects, StatusReportRepository reports,
                            PlanMovesSinceStatusCycle planMoves, RiskRegister register) {
        this.projects = projects;
        this.reports = reports;
        this.planMoves = planMoves;
        this.register = register;
    }

    /** @param sort see {@link PortfolioSort}; an unknown key is a 400 naming {@code sort} */
    @Transactional(readOnly = true)
    public List<PortfolioEntry> portfolio(String sort) {
        Comparator<PortfolioEntry> order = PortfolioSort.parse(sort);
        List<Project> active = projects.findByStatusIn(ACTIVE);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, StatusReport> latest = reports.findLatestOf(active.stream().map(Project::getId).toList()).stream()
                .collect(Collectors.toMap(StatusReport::getProjectId, Function.identity()));
        return active.stream().map(project -> entry(project, latest.get(project.getId()))).sorted(order).toList();
    }

    private PortfolioEntry entry(Project project, StatusReport report) {
        KpiFigures figures = report == null ? null : report.figures();
        HealthRating today = report == null ? null : planMoves.ratedToday(report, register.openItems(project.getId()));
        return new PortfolioEntry(project.getKey(), project.getName(), project.getStatus(),
                report == null ? null : report.getHealth(),
                figures == null ? null : figures.spi(),
                figures == null ? null : figures.cpi(),
                project.getApprovedBudget(),
                figures == null ? null : figures.budgetAtCompletion(),
                figures == null ? null : figures.approvedBudget(),
                figures == null ? null : figures.budgetHeadroomAtCompletion(),
                figures == null ? null : figures.plannedFinish(),
                project.getTargetEnd(),
                figures == null ? null : figures.resourceUtilisation(),
                figures == null ? null : figures.statusDate(),
                report == null ? null : planMoves.changesAfter(report).size(),
                project.getProcessInstanceId(),
                report == null ? null : planMoves.registerAfter(report),
                today == null ? null : today.health());
    }
}
