package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.monitoring.KpiInputs.PackageProgress;
import io.charterline.monitoring.KpiInputs.PackageState;
import io.charterline.monitoring.KpiInputs.PlannedPackage;
import io.charterline.plan.ScheduleForecast;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.risk.IssueInput;
import io.charterline.risk.IssueView;
import io.charterline.risk.OpenItemCounts;
import io.charterline.risk.RiskInput;
import io.charterline.risk.RiskRegister;
import io.charterline.risk.RiskView;
import io.charterline.risk.SeverityCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatusReportServiceTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @Autowired
    StatusReportService statusReports;

    @Autowired
    RiskRegister register;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    Project project;

    @BeforeEach
    void registerProject() {
        project = new TestProjects(projectRepository, keys, transactions).executing("Status reporting");
    }

    @Test
    void firstStatusCycleStoresCycleOneWithTheCalculatedFiguresAndTheirRating() {
        StatusReport report = statusReports.recordStatus(project.getKey(), fenceExample(), null);

        StatusReport stored = statusReports.current(project.getKey()).orElseThrow();
        assertThat(stored.getId()).isEqualTo(report.getId());
        assertThat(stored.getCycleNumber()).isEqualTo(1);
        assertThat(stored.figures()).isEqualTo(new EarnedValueCalculator().calculate(fenceExample(), OpenItemCounts.NONE));
        // SPI 0.8333 is below 0.95 but not below 0.8.
        assertThat(stored.getHealth()).isEqualTo(Health.AMBER);
        assertThat(stored.getRecommendedAction())
                .isEqualTo("Project manager to present a schedule recovery plan at the next status cycle.");
    }

    @Test
    void eachStatusCycleAddsTheNextCycleToTheHistory() {
        statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(4)), null);
        statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(11)), null);

        List<StatusReport> history = statusReports.history(project.getKey());

        assertThat(history).extracting(StatusReport::getCycleNumber).containsExactly(1, 2);
        assertThat(history).extracting(report -> report.figures().statusDate())
                .containsExactly(MON.plusDays(4), MON.plusDays(11));
        assertThat(statusReports.current(project.getKey()).orElseThrow().getCycleNumber()).isEqualTo(2);
    }

    @Test
    void projectWithoutStatusCycleHasNoCurrentReport() {
        assertThat(statusReports.current(project.getKey())).isEmpty();
        assertThat(statusReports.history(project.getKey())).isEmpty();
    }

    @Test
    void openHighRiskTurnsAProjectOnPlanAmberAndIsCounted() {
        register.addRisk(project.getKey(), risk(4, 4));
        register.addRisk(project.getKey(), risk(1, 2));

        StatusReport report = statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(4)), null);

        assertThat(report.figures().openRisks()).isEqualTo(new SeverityCounts(1, 0, 1, 0));
        assertThat(report.getHealth()).isEqualTo(Health.AMBER);
    }

    @Test
    void mitigatedRiskNoLongerWeighsOnHealth() {
        RiskView risk = register.addRisk(project.getKey(), risk(5, 5));
        register.updateRisk(project.getKey(), risk.id(),
                new RiskInput("Key supplier fails", null, BigDecimal.valueOf(5), BigDecimal.valueOf(5), "pm",
                        "Second supplier contracted", "MITIGATED", null));

        StatusReport report = statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(4)), null);

        assertThat(report.figures().openRisks()).isEqualTo(SeverityCounts.NONE);
        assertThat(report.getHealth()).isEqualTo(Health.GREEN);
    }

    @Test
    void openCriticalIssueTurnsTheNextCycleRedUntilItIsResolved() {
        IssueView issue = register.addIssue(project.getKey(),
                new IssueInput("Production data lost in migration", null, "CRITICAL", "pm", null, null));

        StatusReport red = statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(4)), null);
        register.updateIssue(project.getKey(), issue.id(),
                new IssueInput("Production data lost in migration", "Restored from backup", "CRITICAL", "pm",
                        "RESOLVED", "Restored from last night's backup"));
        StatusReport green = statusReports.recordStatus(project.getKey(), onPlan(MON.plusDays(11)), null);

        assertThat(red.getHealth()).isEqualTo(Health.RED);
        assertThat(red.figures().openIssues()).isEqualTo(new SeverityCounts(0, 0, 0, 1));
        assertThat(green.getHealth()).isEqualTo(Health.GREEN);
    }

    @Test
    void healthVariablesCarryTheReportsFiguresAndRatingForTheProcess() {
        register.addRisk(project.getKey(), risk(4, 5));
        register.addIssue(project.getKey(), new IssueInput("Vendor bankrupt", null, "CRITICAL", "pm", null, null));
        StatusReport report = statusReports.recordStatus(project.getKey(), fenceExample(),
                new ScheduleForecast(MON.plusDays(10), 7));

        assertThat(HealthVariables.write(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                HealthVariables.SPI, 0.8333,
                HealthVariables.CPI, 0.8929,
                HealthVariables.OPEN_HIGH_RISKS, 1,
                HealthVariables.OPEN_CRITICAL_ISSUES, 1,
                HealthVariables.HEALTH, "RED",
                HealthVariables.RECOMMENDED_ACTION, report.getRecommendedAction(),
                HealthVariables.STATUS_DATE, report.figures().statusDate().toString(),
                HealthVariables.FORECAST_FINISH_DATE, "2026-03-12",
                HealthVariables.FORECAST_LATE_DAYS, 7L,
                HealthVariables.STATUS_REPORT_ID, report.getId()));
    }

    @Test
    void unknownProjectIsNotFound() {
        assertThatThrownBy(() -> statusReports.recordStatus("PRJ-1999-0001", onPlan(MON), null))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("PRJ-1999-0001");
    }

    private static RiskInput risk(int probability, int impact) {
        return new RiskInput("Key supplier fails", null, BigDecimal.valueOf(probability), BigDecimal.valueOf(impact),
                "pm", "Look for a second supplier", null, null);
    }

    /**
     * One package of 1,000 planned Monday to Friday of the first week, done at cost: SPI and CPI 1 from then on.
     * 1,200 approved: EAC 1,000 leaves 200 of headroom.
     */
    static KpiInputs onPlan(LocalDate statusDate) {
        return new KpiInputs(List.of(new PlannedPackage("A", new BigDecimal("1000"), MON, MON.plusDays(4),
                        new BigDecimal("40"))),
                List.of(new PackageProgress("A", PackageState.DONE, new BigDecimal("40"), new BigDecimal("1000"),
                        BigDecimal.ZERO)),
                statusDate, new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("1200"), new BigDecimal("40"), 0,
                new BigDecimal("0.75"));
    }

    /**
     * The fence example of {@link EarnedValueCalculatorTest}: SPI 0.8333, CPI 0.8929, EAC 4,480; 4,200 approved,
     * so the forecast exceeds the approved budget by 280.
     */
    static KpiInputs fenceExample() {
        List<PlannedPackage> sides = List.of(side(1), side(2), side(3), side(4));
        return new KpiInputs(sides,
                List.of(progress(1, PackageState.DONE, "1000"), progress(2, PackageState.DONE, "1200"),
                        progress(3, PackageState.IN_PROGRESS, "600")),
                MON.plusDays(2), new BigDecimal("4000"), BigDecimal.ZERO, new BigDecimal("4200"), new BigDecimal("32"),
                0, new BigDecimal("0.9"));
    }

    private static PlannedPackage side(int day) {
        LocalDate date = MON.plusDays(day - 1);
        return new PlannedPackage("SIDE-" + day, new BigDecimal("1000"), date, date, new BigDecimal("8"));
    }

    private static PackageProgress progress(int side, PackageState state, String cost) {
        return new PackageProgress("SIDE-" + side, state, new BigDecimal("8"), new BigDecimal(cost), BigDecimal.ZERO);
    }
}
