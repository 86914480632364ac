package io.charterline.closing;

import io.charterline.monitoring.StatusReportService;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces a project's final report at closeout and serves it; the figures it measures at closeout become the
 * project's final KPI snapshot, so its KPIs and its report agree. The stored HTML is the record; the PDF is
 * rendered from it whenever it is asked for, so both always show the same.
 */
@Service
public class CloseoutReports {

    private final ProjectRegistry projects;
    private final CloseoutReportDataSource dataSource;
    private final CloseoutReportRenderer renderer;
    private final CloseoutReportRepository reports;
    private final StatusReportService statusReports;
    private final Clock clock;

    public CloseoutReports(ProjectRegistry projects, CloseoutReportDataSource dataSource,
                           CloseoutReportRenderer renderer, CloseoutReportRepository reports,
                           StatusReportService statusReports, Clock clock) {
        this.projects = projects;
        this.dataSource = dataSource;
        this.renderer = renderer;
        this.reports = reports;
        this.statusReports = statusReports;
        this.clock = clock;
    }

    @Transactional
    public CloseoutReport produce(String projectKey, ProjectStatus outcome) {
        Project project = projects.require(projectKey);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CloseoutReportData data = dataSource.dataOf(projectKey, outcome, today);
        if (data.measuredAtCloseout() != null) {
            statusReports.recordCloseout(projectKey, data.measuredAtCloseout(), data.onTimeShare(),
                    data.schedule().actualFinish(), data.schedule().finishSlipDays());
        }
        String html = renderer.html(data, today);
        CloseoutReport report = reports.findByProjectId(project.getId())
                .orElseGet(() -> new CloseoutReport(project.getId()));
        report.replace(html, now);
        return reports.save(report);
    }

    @Transactional(readOnly = true)
    public String html(String projectKey) {
        return require(projectKey).html();
    }

    @Transactional(readOnly = true)
    public byte[] pdf(String projectKey) {
        return renderer.pdf(require(projectKey).html());
    }

    private CloseoutReport require(String projectKey) {
        Project project = projects.require(projectKey);
        return reports.findByProjectId(project.getId()).orElseThrow(() -> new NotFoundException(
                project.getStatus() == ProjectStatus.REJECTED
                        ? "Project " + projectKey + " has no closeout report: its charter was rejected, and only "
                                + "projects that close or are terminated get one"
                        : "Project " + projectKey + " has no closeout report yet; it is produced when the project "
                                + "closes"));
    }
}
