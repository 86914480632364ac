package io.charterline.closing;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Cost;
import io.charterline.closing.CloseoutReportData.Kpi;
import io.charterline.closing.CloseoutReportData.LessonLine;
import io.charterline.closing.CloseoutReportData.Schedule;
import io.charterline.closing.CloseoutReportData.Scope;
import io.charterline.lessons.LessonRepository;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportRepository;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import io.charterline.scope.ScopeStatementRepository;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's data as Charterline records it so far: the project and its charter, the scope statement, the
 * status reports (burn chart and the final KPIs; BAC and actual cost of the last cycle) and the lessons. The
 * baseline start is the charter's target start, its finish the last status report's planned finish (else the
 * charter's target end). Actual dates, changes and resources stay unknown here until the plan, change control
 * and resource features provide them.
 */
@Component
class RecordedCloseoutReportDataSource implements CloseoutReportDataSource {

    private static final CloseoutFormat FORMAT = new CloseoutFormat();

    private final ProjectRegistry projects;
    private final ScopeStatementRepository scopeStatements;
    private final StatusReportRepository statusReports;
    private final LessonRepository lessons;

    RecordedCloseoutReportDataSource(ProjectRegistry projects, ScopeStatementRepository scopeStatements,
                                     StatusReportRepository statusReports, LessonRepository lessons) {
        this.projects = projects;
        this.scopeStatements = scopeStatements;
        this.statusReports = statusReports;
        this.lessons = lessons;
    }

    @Override
    @Transactional(readOnly = true)
    public CloseoutReportData dataOf(String projectKey, ProjectStatus outcome) {
        Project project = projects.require(projectKey);
        Scope scope = scopeStatements.findByProjectId(project.getId())
                .map(s -> new Scope(s.getInScope(), s.getOutOfScope(), s.getDeliverables(), s.getAcceptanceCriteria()))
                .orElse(null);
        List<KpiFigures> cycles = statusReports.findByProjectIdOrderByCycleNumber(project.getId()).stream()
                .map(StatusReport::figures).toList();
        KpiFigures last = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
        Schedule schedule = new Schedule(project.getTargetStart(),
                last != null && last.plannedFinish() != null ? last.plannedFinish() : project.getTargetEnd(),
                null, null);
        Cost cost = new Cost(project.getBudget(), last == null ? null : last.budgetAtCompletion(),
                last == null ? null : last.actualCost());
        List<BurnPoint> burn = cycles.stream()
                .map(f -> new BurnPoint(f.statusDate(), f.plannedValue(), f.earnedValue(), f.actualCost())).toList();
        List<LessonLine> lessonLines = lessons.findByProjectIdOrderByIdAsc(project.getId()).stream()
                .map(l -> new LessonLine(l.getPhase(), l.getCategory(), l.getWhatHappened(), l.getImpact(),
                        l.getRecommendation(), l.getSource(), l.getAuthor()))
                .toList();
        return new CloseoutReportData(project.getKey(), project.getName(), project.getSponsorId(),
                project.getManagerId(), outcome, project.getObjectives(), scope, schedule, cost, burn,
                last == null ? List.of() : kpis(last), List.of(), List.of(), lessonLines);
    }

    private static List<Kpi> kpis(KpiFigures f) {
        return List.of(
                new Kpi("Schedule performance index (SPI)", f.spi().setScale(2, RoundingMode.HALF_UP).toPlainString()),
                new Kpi("Cost performance index (CPI)", f.cpi().setScale(2, RoundingMode.HALF_UP).toPlainString()),
                new Kpi("Estimate at completion (EAC)", FORMAT.money(f.estimateAtCompletion())),
                new Kpi("Variance at completion (VAC)", FORMAT.money(f.varianceAtCompletion())),
                new Kpi("Schedule adherence", FORMAT.percent(f.scheduleAdherence())),
                new Kpi("Budget accuracy", FORMAT.percent(f.budgetAccuracy())),
                new Kpi("Approved changes", Integer.toString(f.approvedChanges())),
                new Kpi("Scope added since baseline v1", FORMAT.percent(f.scopeAddedShare())),
                new Kpi("Hours booked", FORMAT.hours(f.actualHours())));
    }
}
