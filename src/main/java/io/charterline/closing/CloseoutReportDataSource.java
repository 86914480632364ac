package io.charterline.closing;

import io.charterline.project.ProjectStatus;
import java.time.LocalDate;

/** Assembles what the final report of a project shows, at closeout. */
public interface CloseoutReportDataSource {

    /**
     * @param outcome how the project ends: CLOSED or TERMINATED (the project's status changes only after the
     *                report, in the lifecycle's last step)
     * @param closingDate the report's date, on which the project's figures are measured
     */
    CloseoutReportData dataOf(String projectKey, ProjectStatus outcome, LocalDate closingDate);
}
