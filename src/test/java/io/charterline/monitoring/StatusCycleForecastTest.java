package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.change.ExecutingProjects;
import io.charterline.demo.ProjectDriver;
import io.charterline.plan.ScheduleForecast;
import io.charterline.plan.WorkPackageService;
import io.charterline.project.ProjectRepository;
import io.charterline.resource.StaffingGapText;
import io.charterline.work.OwnWorker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The status cycle forecasts the finish as the change impact analysis does, through the real lifecycle on the
 * replayed clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatusCycleForecastTest {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            A,Design,40,JAVA,2,
            B,Build,40,JAVA,2,A
            C,Test,40,JAVA,2,B
            """;

    @Autowired
    ProjectDriver driver;

    @Autowired
    ProjectRepository projects;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ProcessEngine engine;

    @Autowired
    StatusReportService statusReports;

    private final LocalDate statusDate = LocalDate.now().with(DayOfWeek.MONDAY);

    @AfterEach
    void present() {
        driver.present();
    }

    /**
     * Baseline v1 from a Monday three weeks ago: A, then B, then C, a week each, finishing last Friday. A was
     * finished only this Monday, the status date, so C, not begun, can start no earlier than today: the cycle
     * forecasts this Friday, 7 days late, and sets it on the lifecycle beside SPI, CPI and the status date.
     */
    @Test
    void statusCycleOfALateProjectReportsItsForecastFinishAndTheDaysLate() {
        driver.on(statusDate.minusWeeks(4));
        String projectKey = ExecutingProjects.start(driver, projects, PLAN_CSV, gaps -> StaffingGapText.parse(gaps)
                .stream().map(gap -> gap.packageCode() + "=dev1").collect(Collectors.joining("\n")),
                statusDate.minusWeeks(3));
        driver.on(statusDate);
        OwnWorker.handOver(engine, workPackages, projectKey, "A");
        driver.finishPackage(projectKey, "A", 40);

        driver.runStatusCycle(projectKey);

        StatusReport report = statusReports.current(projectKey).orElseThrow();
        assertThat(report.figures().plannedFinish()).isEqualTo(statusDate.minusDays(3));
        assertThat(report.forecast()).isEqualTo(new ScheduleForecast(statusDate.plusDays(4), 7));
        String lifecycle = driver.lifecycle(projectKey).getId();
        assertThat(engine.getRuntimeService().getVariables(lifecycle))
                .containsEntry(HealthVariables.FORECAST_FINISH_DATE, statusDate.plusDays(4).toString())
                .containsEntry(HealthVariables.FORECAST_LATE_DAYS, 7L)
                .containsEntry(HealthVariables.STATUS_DATE, statusDate.toString());
    }

    @Test
    void statusCycleOfAProjectOnTimeForecastsItsBaselineFinishAndNoDaysLate() {
        String projectKey = ExecutingProjects.start(driver, projects);

        driver.runStatusCycle(projectKey);

        StatusReport report = statusReports.current(projectKey).orElseThrow();
        assertThat(report.forecast()).isEqualTo(new ScheduleForecast(report.figures().plannedFinish(), 0));
        assertThat(engine.getRuntimeService().getVariable(driver.lifecycle(projectKey).getId(),
                HealthVariables.FORECAST_LATE_DAYS)).isEqualTo(0L);
    }
}
