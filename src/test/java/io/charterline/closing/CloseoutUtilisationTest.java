package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.monitoring.TestProjects;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlanService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.resource.ResourceInput;
import io.charterline.resource.ResourcePool;
import io.charterline.resource.SkillLevel;
import io.charterline.support.CharterlineWebTest;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An ended project's resource utilisation. Its bookings are released at closeout, so the closeout week's would read
 * 0 %: the closeout gives the utilisation over the project's life instead. Package A (16 h JAVA) was released this
 * week; its worker booked 8 h on it, as a person of the resource pool with 40 h a week where a test says so.
 */
@CharterlineWebTest
class CloseoutUtilisationTest {

    private static final String OVER_LIFE = "Resource utilisation over the project&#39;s life";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PlanService planService;

    @Autowired
    BaselineService baselines;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    ResourcePool pool;

    @Autowired
    CloseoutReports closeoutReports;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    IdentityService identityService;

    @Autowired
    Clock clock;

    private String key;
    private String worker;

    @BeforeEach
    void workedOnThisWeek() {
        key = projectWithPackageAReleased("Utilised");
        worker = "utilised-" + key;
        User user = identityService.newUser(worker);
        user.setFirstName("Uma");
        user.setLastName(worker);
        identityService.saveUser(user);
    }

    /** A project executing its baseline, whose package A is released this week. */
    private String projectWithPackageAReleased(String name) {
        Project project = new TestProjects(projectRepository, keys, transactions).create(name, "pm", "sponsor",
                new BigDecimal("50000"), ProjectStatus.PLANNING);
        String projectKey = project.getKey();
        planService.storeDraft(projectKey, List.of(new WorkPackageSpec("A", "Package A", new BigDecimal("16"),
                "JAVA", 3, List.of())));
        baselines.buildDraft(projectKey, "pm");
        baselines.approveBaseline(projectKey);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Project approved = projectRepository.findById(project.getId()).orElseThrow();
            approved.moveTo(ProjectStatus.EXECUTING);
        });
        workPackages.syncFromBaseline(projectKey);
        workPackages.markReleased(projectKey, "A", "instance-" + projectKey);
        return projectKey;
    }

    private void workerOfThePoolBooks(int hours) {
        pool.create(new ResourceInput(worker, "Uma Utilised", 40, new BigDecimal("90"), true,
                List.of(new SkillLevel("JAVA", 3)), List.of()));
        book(hours);
    }

    private void book(int hours) {
        book(key, hours);
    }

    private void book(String projectKey, int hours) {
        workPackages.assign(projectKey, "A", worker);
        timeEntries.book(projectKey, new TimeEntryInput("A", LocalDate.now(clock), BigDecimal.valueOf(hours),
                "Worked on A", worker), "pm", List.of());
    }

    private StatusReport closeoutSnapshot() {
        closeoutReports.produce(key, ProjectStatus.CLOSED);
        List<StatusReport> history = statusReports.history(key);
        StatusReport snapshot = history.get(history.size() - 1);
        assertThat(snapshot.isCloseout()).isTrue();
        return snapshot;
    }

    @Test
    void closeoutSnapshotHasTheUtilisationOverTheProjectsLifeNotTheReleasedClosingWeeks() {
        workerOfThePoolBooks(8);

        // 8 h worked of 40 h available in the one week from release to closeout
        assertThat(closeoutSnapshot().figures().resourceUtilisation()).isEqualByComparingTo("0.2");
    }

    @Test
    void theHoursItsPeopleWorkedOnOtherProjectsMeanwhileCount() {
        workerOfThePoolBooks(8);
        book(projectWithPackageAReleased("Worked on meanwhile"), 12);

        // 8 h here and 12 h there of 40 h available
        assertThat(closeoutSnapshot().figures().resourceUtilisation()).isEqualByComparingTo("0.5");
    }

    @Test
    void finalReportNamesTheUtilisationOverTheProjectsLife() {
        workerOfThePoolBooks(8);
        closeoutSnapshot();

        assertThat(kpi(OVER_LIFE)).isEqualTo("20.0 % of its people&#39;s available hours, worked on all projects");
    }

    @Test
    void kpiApiGivesTheClosingSnapshotsUtilisationOverTheProjectsLife() {
        workerOfThePoolBooks(8);
        closeoutSnapshot();

        JsonNode current = rest.withBasicAuth("pm", "pm").getForEntity("/api/projects/" + key + "/kpis",
                JsonNode.class).getBody().get("current");

        assertThat(current.get("closeout").asBoolean()).isTrue();
        assertThat(current.get("resourceUtilisation").decimalValue()).isEqualByComparingTo("0.2");
    }

    @Test
    void withoutPeopleOfThePoolTheUtilisationIsNotMeasuredAndTheReportSaysWhy() {
        book(8);

        assertThat(closeoutSnapshot().figures().resourceUtilisation()).isNull();
        assertThat(kpi(OVER_LIFE)).isEqualTo("n/a: nobody of the resource pool booked hours on the project, so no "
                + "available hours to measure against are known");
        JsonNode current = rest.withBasicAuth("pm", "pm").getForEntity("/api/projects/" + key + "/kpis",
                JsonNode.class).getBody().get("current");
        assertThat(current.path("resourceUtilisation").isMissingNode() || current.get("resourceUtilisation").isNull())
                .as("resourceUtilisation in %s", current).isTrue();
    }

    private String kpi(String name) {
        String html = closeoutReports.html(key).replaceAll("\\s+", " ");
        String row = "<td>" + name + "</td><td class=\"number\">";
        int at = html.indexOf(row);
        assertThat(at).as("row '%s' of the KPIs", name).isNotNegative();
        return html.substring(at + row.length(), html.indexOf("</td>", at + row.length()));
    }
}
