package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.PROJECT_KEY;
import static io.charterline.project.LifecycleVariables.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.lessons.Lesson;
import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonRepository;
import io.charterline.lessons.LessonSource;
import io.charterline.lessons.Phase;
import io.charterline.monitoring.Health;
import io.charterline.monitoring.HealthRating;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportRepository;
import io.charterline.monitoring.TestProjects;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.StaffingDemand;
import io.charterline.risk.SeverityCounts;
import io.charterline.scope.ScopeInput;
import io.charterline.scope.ScopeStatementService;
import io.charterline.support.CharterlineWebTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A seeded project closes: the closeout step produces its report, which the API serves as HTML and PDF to the
 * project's people.
 */
@CharterlineWebTest
@ExtendWith(OutputCaptureExtension.class)
class CloseoutReportApiTest {

    private static final String PROCESS = "produce-final-report-only";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    StatusReportRepository statusReports;

    @Autowired
    LessonRepository lessons;

    @Autowired
    ScopeStatementService scopeStatements;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    IdentityService identityService;

    Project project;

    @BeforeEach
    void closingProjectWithHistory() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                    .startEvent().serviceTask("Task_ProduceFinalReport")
                    .camundaDelegateExpression("${produceFinalReportDelegate}").endEvent().done();
            repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        }
        project = new TestProjects(projectRepository, keys, transactions).create("<b>Order</b> entry", "pm",
                "sponsor", new BigDecimal("105000"), ProjectStatus.CLOSING);
        scopeStatements.record(project.getKey(), new ScopeInput("Order entry", "Invoicing", "New order UI",
                "Orders in under 2 minutes", null, null, null), "pm");
        statusReports.save(cycle(1, LocalDate.of(2026, 4, 1), "40000", "38000", "41000", "105000"));
        statusReports.save(cycle(2, LocalDate.of(2026, 6, 26), "100000", "100000", "95500", "105000"));
        lessons.save(new Lesson(project.getId(), Phase.CLOSING, LessonCategory.OBSERVATION,
                "<script>alert(1)</script>' OR 1=1 --", null, null, null, LessonSource.PERSON, "pm"));
    }

    @Test
    void closeoutStoresAReportWithTheProjectsFiguresServedAsEscapedHtml() {
        close(false);

        ResponseEntity<String> response = get("/closeout-report", MediaType.TEXT_HTML, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(response.getBody())
                .contains(project.getKey() + " - CLOSED - sponsor Sofia Sponsor, project manager Priya Manager")
                .contains(">$100,000.00<", ">$95,500.00<", ">-$4,500.00 (-4.5 %)<", ">$105,000.00<")
                .contains(">2026-03-02<", ">2026-06-30<", "Orders in under 2 minutes")
                .contains("Cost performance index (CPI)", ">1.05<", ">2026-06-26 (last status cycle)<")
                .contains("&lt;b&gt;Order&lt;/b&gt; entry", "&lt;script&gt;alert(1)&lt;/script&gt;&#39; OR 1=1 --")
                .doesNotContain("<script>", "<b>Order");
    }

    @Test
    void reportShowsTheApprovedBudgetAndTheHeadroomTheForecastLeavesInIt() {
        close(false);

        // The last cycle: EAC 95,500 against 105,000 approved.
        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody().replaceAll("\\s+", " "))
                .contains("<td>Approved budget</td><td class=\"number\">$105,000.00</td>")
                .contains("<td>Budget headroom at completion (approved budget - EAC)</td>"
                        + "<td class=\"number\">$9,500.00</td>");
    }

    @Test
    void reportOfAProjectWithinItsApprovedBudgetRaisesNoBudgetFlag() {
        close(false);

        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody())
                .doesNotContain("over its approved budget");
    }

    @Test
    void reportFlagsAProjectThatClosedOverItsApprovedBudget() {
        project = new TestProjects(projectRepository, keys, transactions).create("Overrun reporting", "pm",
                "sponsor", new BigDecimal("90000"), ProjectStatus.CLOSING);
        statusReports.save(cycle(1, LocalDate.of(2026, 6, 26), "100000", "100000", "95500", "90000"));
        close(false);

        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody().replaceAll("\\s+", " "))
                .contains("<p class=\"flag\">Closed over its approved budget by $5,500.00: $95,500.00 spent of "
                        + "$90,000.00 approved</p>");
    }

    @Test
    void statusReportFromBeforeTheApprovedBudgetWasRecordedShowsNeitherFigure() {
        project = new TestProjects(projectRepository, keys, transactions).create("Legacy reporting", "pm", "sponsor",
                new BigDecimal("105000"), ProjectStatus.CLOSING);
        statusReports.save(cycle(1, LocalDate.of(2026, 4, 1), "40000", "38000", "41000", null));
        close(false);

        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody().replaceAll("\\s+", " "))
                .contains("<td>Approved budget</td><td class=\"number\">n/a</td>")
                .contains("<td>Budget headroom at completion (approved budget - EAC)</td>"
                        + "<td class=\"number\">n/a</td>");
    }

    @Test
    void pdfDownloadHasTheFiguresAndTheBurnChart(CapturedOutput log) throws IOException {
        close(false);

        ResponseEntity<byte[]> response = get("/closeout-report.pdf", MediaType.ALL, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(project.getKey() + "-closeout-report.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("$95,500.00", "-$4,500.00 (-4.5 %)");
            assertThat(CloseoutReportRendererTest.forms(pdf)).as("the burn chart, drawn as vector paths").hasSize(1);
        }
        assertThat(log.getOut()).as("PDFBox's warnings about the standard fonts").doesNotContain("fallback font");
    }

    @Test
    void acceptingPdfOnTheReportAddressGivesThePdf() {
        close(false);

        ResponseEntity<byte[]> response = get("/closeout-report", MediaType.APPLICATION_PDF, byte[].class);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void reportNamesPeopleByTheNamesTheIdentityServiceHasAndFallsBackToTheUserId() {
        lessons.save(new Lesson(project.getId(), Phase.CLOSING, LessonCategory.OBSERVATION, "Kick-off ran long",
                null, null, null, LessonSource.PERSON, "left.the.company"));
        close(false);

        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody())
                .contains("sponsor Sofia Sponsor, project manager Priya Manager")
                .contains("<td>Priya Manager</td>", "<td>left.the.company</td>");
    }

    @Test
    void terminatedProjectsReportSaysSo() {
        close(true);

        assertThat(get("/closeout-report", MediaType.TEXT_HTML, String.class).getBody())
                .contains(project.getKey() + " - TERMINATED");
    }

    // --- who reads: the report names people's hours, so its readers are those of the project's time entries ---

    @Test
    void theProjectsPeopleReadItsReportAsHtmlAndPdf() {
        assignmentService.assignByHand(project.getKey(), new StaffingDemand("ORD-1", "FRONTEND", 1,
                new BigDecimal("8"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)), "dev2");
        close(false);

        for (String reader : List.of("dev2", "pm", "sponsor", "pmo", "admin")) {
            assertThat(getAs(reader, "/closeout-report", MediaType.TEXT_HTML, String.class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
            assertThat(getAs(reader, "/closeout-report.pdf", MediaType.ALL, byte[].class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void someoneOutsideTheProjectMayReadItsReportInNoFormat() {
        close(false);

        for (String outsider : List.of("dev1", "requester", "ccb3")) {
            ResponseEntity<JsonNode> json = getAs(outsider, "/closeout-report", MediaType.APPLICATION_JSON,
                    JsonNode.class);
            assertThat(json.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json.getBody().get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
            assertThat(json.getBody().get("detail").asText()).isEqualTo("User '" + outsider
                    + "' may not read the closeout report of " + project.getKey() + ": only its team (the people "
                    + "booked on it or assigned its work), its project manager (pm), its sponsor (sponsor), the PMO "
                    + "and administrators may");
            assertThat(getAs(outsider, "/closeout-report", MediaType.TEXT_HTML, String.class).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(getAs(outsider, "/closeout-report.pdf", MediaType.ALL, String.class).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(getAs(outsider, "/closeout-report", MediaType.APPLICATION_PDF, String.class).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aManagerOfAnotherProjectPlansWithTheResourceLoadButMayNotReadThisReport() {
        String otherManager = projectManager("walk.pm");
        close(false);

        assertThat(rest.withBasicAuth(otherManager, otherManager).getForEntity(
                "/api/resource-load?from=2026-03-02&to=2026-03-08", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(getAs(otherManager, "/closeout-report", MediaType.TEXT_HTML, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(getAs(otherManager, "/closeout-report.pdf", MediaType.ALL, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void projectWithoutAReportYetAnswers404() {
        ResponseEntity<String> response = get("/closeout-report", MediaType.TEXT_HTML, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("has no closeout report yet");
        assertThat(get("/closeout-report.pdf", MediaType.ALL, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void rejectedProjectAnswers404SayingItNeverGetsAReport() {
        Project rejected = new TestProjects(projectRepository, keys, transactions).create("Kiosk app", "pm",
                "sponsor", new BigDecimal("20000"), ProjectStatus.REJECTED);

        ResponseEntity<String> response = rest.withBasicAuth("pm", "pm")
                .getForEntity("/api/projects/" + rejected.getKey() + "/closeout-report", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("Project " + rejected.getKey() + " has no closeout report: "
                + "its charter was rejected, and only projects that close or are terminated get one")
                .doesNotContain("produced when the project closes");
    }

    @Test
    void unknownProjectAnswers404() {
        ResponseEntity<String> response = rest.withBasicAuth("dev1", "dev1")
                .getForEntity("/api/projects/PRJ-1999-0001/closeout-report", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A user of the project-managers group (password = user id) who manages none of this test's projects. */
    private String projectManager(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword(userId);
            identityService.saveUser(user);
            identityService.createMembership(userId, CharterlineGroups.PROJECT_MANAGERS);
        }
        return userId;
    }

    private void close(boolean terminated) {
        runtimeService.startProcessInstanceByKey(PROCESS, Map.of(PROJECT_KEY, project.getKey(), TERMINATED, terminated));
    }

    /** As the project's manager, one of the people who may read its report. */
    private <T> ResponseEntity<T> get(String path, MediaType accept, Class<T> type) {
        return getAs("pm", path, accept, type);
    }

    private <T> ResponseEntity<T> getAs(String user, String path, MediaType accept, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return rest.withBasicAuth(user, user).exchange("/api/projects/" + project.getKey() + path, HttpMethod.GET,
                new HttpEntity<>(headers), type);
    }

    /**
     * A status report whose forecast (EAC) is its actual cost. Without {@code approved} it is a report from before
     * status cycles recorded the approved budget, so it has no headroom either.
     */
    private StatusReport cycle(int number, LocalDate date, String planned, String earned, String actual,
                               String approved) {
        BigDecimal pv = new BigDecimal(planned);
        BigDecimal ev = new BigDecimal(earned);
        BigDecimal ac = new BigDecimal(actual);
        BigDecimal bac = new BigDecimal("100000");
        BigDecimal cpi = ev.divide(ac, 4, RoundingMode.HALF_UP);
        BigDecimal approvedBudget = approved == null ? null : new BigDecimal(approved);
        KpiFigures figures = new KpiFigures(date, pv, ev, ac, ev.subtract(pv), ev.subtract(ac),
                ev.divide(pv, 4, RoundingMode.HALF_UP), cpi, bac, ac, BigDecimal.ZERO, bac.subtract(ac),
                approvedBudget, approvedBudget == null ? null : approvedBudget.subtract(ac), BigDecimal.ONE,
                BigDecimal.ONE, LocalDate.of(2026, 6, 30), 0, new BigDecimal("800"), new BigDecimal("800"),
                BigDecimal.ZERO, new BigDecimal("760"), BigDecimal.ZERO, BigDecimal.ONE, SeverityCounts.NONE,
                SeverityCounts.NONE);
        return new StatusReport(project.getId(), number, figures, new HealthRating(Health.GREEN, "Carry on"),
                null, Instant.now());
    }
}
