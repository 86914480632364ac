package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.monitoring.TestProjects;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.PostgresSpringTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Migration V7 and the report's storage in parts on PostgreSQL (sharing the lessons search's database). */
@PostgresSpringTest
@TestPropertySource(properties = "charterline.test.context=lesson-search-postgres")
class CloseoutReportPostgresTest {

    @Autowired
    CloseoutReports reports;

    @Autowired
    CloseoutReportRepository repository;

    @Autowired
    ProjectRepository projects;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reportIsStoredAndReadBackWhole() {
        Project project = new TestProjects(projects, keys, transactions).create("Report on PostgreSQL", "pm", "sponsor",
                new BigDecimal("50000"), ProjectStatus.CLOSING);

        reports.produce(project.getKey(), ProjectStatus.CLOSED);

        String html = reports.html(project.getKey());
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("Report on PostgreSQL");
        assertThat(repository.findByProjectId(project.getId())).isPresent();
    }

    @Test
    void reportLongerThanOnePartIsReadBackWhole() {
        Project project = new TestProjects(projects, keys, transactions).create("Long report", "pm", "sponsor",
                new BigDecimal("50000"), ProjectStatus.CLOSING);
        String html = "<p>" + "x".repeat(CloseoutReport.PART_LENGTH - 4) + "\uD83D\uDCC8" + "y".repeat(150_000) + "</p>";
        CloseoutReport report = new CloseoutReport(project.getId());
        report.replace(html, Instant.now());
        repository.save(report);

        assertThat(reports.html(project.getKey())).isEqualTo(html);
    }
}
