package io.charterline.badinput;

import static io.charterline.badinput.BadInput.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.closing.CloseoutReports;
import io.charterline.platform.security.CamundaAdvisoriesTest.WebappSession;
import io.charterline.project.ProjectStatus;
import io.charterline.support.PostgresSpringTest;
import io.charterline.support.ProjectsOverHttp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input at every door Charterline has: our API, the forms' variables through engine-rest and the plan
 * uploads. Each case must be refused with 4xx and a problem+json body naming what was wrong, and must leave
 * Charterline's tables and the engine's runtime state exactly as they were.
 *
 * <p>Paths, bodies and users may name the projects and tasks made once for the whole suite: {@code {chartering}}
 * (the sponsor's charter review waits, task {@code {charterReview}}), {@code {planning}} (the project manager
 * plans) and {@code {executing}} (WP-1 waits for {@code {assignee}} as task {@code {workPackage}}).
 */
@PostgresSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSuitePostgresTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "'; DROP TABLE project; --";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CloseoutReports reports;

    private Fixture fixture;

    @BeforeAll
    void projectsInEachPhase() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String chartering = projects.chartering("Bad input: chartering");
        String planning = projects.planning("Bad input: planning");
        String executing = projects.executing("Bad input: executing");
        JsonNode workPackage = projects.openTask(executing + ":WP-1", "Task_PerformWorkPackage");
        fixture = new Fixture(Map.of(
                "{chartering}", chartering,
                "{planning}", planning,
                "{executing}", executing,
                "{charterReview}", projects.openTask(chartering, "Task_ReviewCharter").get("id").asText(),
                "{workPackage}", workPackage.get("id").asText(),
                "{assignee}", workPackage.get("assignee").asText()));
    }

    static Stream<BadInput> cases() {
        LocalDate today = LocalDate.now();
        return Stream.of(
                // Our API: a charter starts a project.
                refused("charter: malformed JSON",
                        post("requester", "/api/projects", "{\"name\": \"Order entry"), 400, "body"),
                refused("charter: a JSON array instead of an object",
                        post("requester", "/api/projects", "[]"), 400, "body"),
                refused("charter: no body at all",
                        post("requester", "/api/projects", ""), 400, "body",
                        "The request body is missing: send the charter as JSON"),
                refused("charter: the JSON null",
                        post("requester", "/api/projects", "null"), 400, "body",
                        "The request body is missing: send the charter as JSON"),
                refused("charter: budget is text",
                        post("requester", "/api/projects", charter("budget", "lots")), 400, "budget"),
                refused("charter: strategic is neither true nor false",
                        post("requester", "/api/projects", charter("strategic", "perhaps")), 400, "strategic"),
                refused("charter: targetStart not a date",
                        post("requester", "/api/projects", charter("targetStart", "31.12.2027")), 400, "targetStart"),
                refused("charter: name missing",
                        post("requester", "/api/projects", charter("name", ABSENT)), 400, "name"),
                refused("charter: unknown field",
                        post("requester", "/api/projects", charter("colour", "blue")), 400, "colour"),
                refused("charter: budget -5",
                        post("requester", "/api/projects", charter("budget", -5)), 400, "budget"),
                refused("charter: budget 1e15",
                        post("requester", "/api/projects", charter("budget", 1e15)), 400, "budget"),
                refused("charter: budget 0.001, more than 2 decimals",
                        post("requester", "/api/projects", charter("budget", 0.001)), 400, "budget",
                        "may have at most 2 decimals"),
                refused("charter: targetEnd before targetStart",
                        post("requester", "/api/projects", charter("targetEnd", today.toString())), 400, "targetEnd"),
                refused("charter: unknown sponsor",
                        post("requester", "/api/projects", charter("sponsor", "nobody")), 400, "sponsor"),
                refused("charter: unknown related service",
                        post("requester", "/api/projects", charter("relatedServices", List.of("CRM", "NOPE"))),
                        400, "relatedServices"),
                refused("charter: objectives of 5000 characters",
                        post("requester", "/api/projects", charter("objectives", "x".repeat(5000))), 400, "objectives"),
                refused("charter: relatedServices is one string instead of a list",
                        post("requester", "/api/projects", charter("relatedServices", "CRM")), 400, "relatedServices"),
                refused("charter: JSON body over 5 MB",
                        post("requester", "/api/projects", charter("objectives", "x".repeat(FIVE_MB))), 413, "body", "5 MB"),

                // engine-rest: the charter form's variables start the lifecycle.
                refused("charter form: budget -5",
                        startLifecycle(charterForm("budget", -5)), 400, "budget"),
                refused("charter form: budget 1e15",
                        startLifecycle(charterForm("budget", 1e15)), 400, "budget"),
                refused("charter form: budget 1000.005, more than 2 decimals",
                        startLifecycle(charterForm("budget", 1000.005)), 400, "budget"),
                refused("charter form: budget is text",
                        startLifecycle(charterForm("budget", "lots")), 400, "budget"),
                refused("charter form: budget declared Integer but is text",
                        startLifecycle(charterForm("budget", Map.of("value", "lots", "type", "Integer"))),
                        400, "variables", "Cannot convert value 'lots' of type 'Integer'"),
                refused("charter form: projectName missing",
                        startLifecycle(charterForm("projectName", ABSENT)), 400, "projectName"),
                refused("charter form: targetEnd before targetStart",
                        startLifecycle(charterForm("targetEnd", today.toString())), 400, "targetEnd"),
                refused("charter form: unknown project manager",
                        startLifecycle(charterForm("projectManager", SQL)), 400, "projectManager"),
                refused("charter form: unknown related service",
                        startLifecycle(charterForm("relatedServices", "CRM, NOPE")), 400, "relatedServices"),
                refused("charter form: strategic is neither true nor false",
                        startLifecycle(charterForm("strategic", "perhaps")), 400, "strategic"),
                refused("charter form: businessKey of someone else's project",
                        startLifecycleWithBusinessKey("{executing}", charterForm("budget", 1000)), 400, "businessKey"),
                refused("engine-rest: malformed JSON",
                        post("requester", "/engine-rest/process-definition/key/project-lifecycle/start",
                                "{\"variables\": {"), 400, "body"),
                refused("engine-rest: JSON body over 5 MB",
                        startLifecycle(charterForm("objectives", "x".repeat(FIVE_MB))), 413, "body", "5 MB"),

                // engine-rest: decision tasks.
                refused("charter review: decision MAYBE",
                        complete("sponsor", "{charterReview}", Map.of("charterDecision", "MAYBE")),
                        400, "charterDecision"),
                refused("charter review: decision is SQL",
                        complete("sponsor", "{charterReview}", Map.of("charterDecision", SQL)), 400, "charterDecision"),
                refused("charter review: decision missing",
                        complete("sponsor", "{charterReview}", Map.of("charterComment", "Looks fine")),
                        400, "charterDecision"),
                refused("charter review: decision is a number",
                        complete("sponsor", "{charterReview}", Map.of("charterDecision", 1)), 400, "charterDecision"),
                refused("charter review: REWORK without a comment",
                        complete("sponsor", "{charterReview}", Map.of("charterDecision", "REWORK")),
                        400, "charterComment"),
                refused("charter review: REJECT through submit-form without a comment",
                        submitForm("sponsor", "{charterReview}", Map.of("charterDecision", "REJECT",
                                "charterComment", " ")), 400, "charterComment"),
                refused("work package: actualHours -5",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours", -5, "completionNote", "Done")),
                        400, "actualHours"),
                refused("work package: actualHours 1e15",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours", 1e15, "completionNote", "Done")),
                        400, "actualHours"),
                refused("work package: actualHours is text",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours", "ten", "completionNote", "Done")),
                        400, "actualHours"),
                refused("work package: actualHours NaN",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours",
                                Map.of("value", "NaN", "type", "Double"), "completionNote", "Done")), 400, "actualHours"),
                refused("work package: actualHours Infinity",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours",
                                Map.of("value", "Infinity", "type", "Double"), "completionNote", "Done")),
                        400, "actualHours"),
                refused("work package: completion note missing",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours", 8)), 400, "completionNote"),
                refused("work package: completion note of 5000 characters",
                        complete("{assignee}", "{workPackage}", Map.of("actualHours", 8,
                                "completionNote", SCRIPT.repeat(200))), 400, "completionNote"),

                // Uploads: the draft plan.
                refused("plan CSV: dependency cycle",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,16,ANALYSIS,2,WP-3", "WP-2,Build,24,JAVA,2,WP-1",
                                "WP-3,Test,8,TESTING,2,WP-2")), 400, "workPackages[0].predecessors"),
                refused("plan CSV: negative estimate",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,-5,ANALYSIS,2,")), 400, "workPackages[0].estimateHours"),
                refused("plan CSV: estimate 1e15 hours",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,1e15,ANALYSIS,2,")), 400, "workPackages[0].estimateHours"),
                refused("plan CSV: unknown skill",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,16,ALCHEMY,2,")), 400, "workPackages[0].skill"),
                refused("plan CSV: unknown predecessor",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,16,ANALYSIS,2,WP-9")), 400, "workPackages[0].predecessors"),
                refused("plan CSV: line of the wrong shape",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"), plan(
                                "WP-1,Analyse,16")), 400, "workPackages[0]"),
                refused("plan JSON: malformed",
                        upload("pm", "{planning}", MediaType.APPLICATION_JSON, "[{\"code\": \"WP-1\""),
                        400, "workPackages"),
                refused("plan JSON: estimate is text",
                        upload("pm", "{planning}", MediaType.APPLICATION_JSON, """
                                [{"code": "WP-1", "name": "Analyse", "estimateHours": "ten", "skill": "ANALYSIS",
                                  "skillLevel": 2, "predecessors": []}]"""), 400, "workPackages[0].estimateHours"),
                refused("plan JSON: unknown field",
                        upload("pm", "{planning}", MediaType.APPLICATION_JSON, """
                                [{"code": "WP-1", "name": "Analyse", "estimateHours": 16, "skill": "ANALYSIS",
                                  "skillLevel": 2, "predecessors": [], "priority": 1}]"""), 400, "workPackages[0].priority"),
                refused("plan: text/plain, which no upload takes",
                        upload("pm", "{planning}", MediaType.TEXT_PLAIN, plan("WP-1,Analyse,16,ANALYSIS,2,")),
                        415, null, "text/csv"),
                refused("plan file: multipart upload over 5 MB",
                        multipart("pm", "{planning}", plan("WP-1,Analyse,16,ANALYSIS,2,") + "\n".repeat(FIVE_MB)),
                        413, "file", "5 MB"),
                refused("plan CSV: body over 5 MB",
                        upload("pm", "{planning}", MediaType.parseMediaType("text/csv"),
                                plan("WP-1,Analyse,16,ANALYSIS,2,") + "\n".repeat(FIVE_MB)), 413, "body", "5 MB"),

                // Our API: change requests on the executing project.
                refused("change: budgetChange is text",
                        post("requester", "/api/projects/{executing}/change-requests", change("budgetChange", "lots")),
                        400, "budgetChange"),
                refused("change: budgetChange 1e15",
                        post("requester", "/api/projects/{executing}/change-requests", change("budgetChange", 1e15)),
                        400, "budgetChange"),
                refused("change: budgetChange 0.001, more than 2 decimals and so no change at all",
                        post("requester", "/api/projects/{executing}/change-requests", change("budgetChange", 0.001)),
                        400, "budgetChange", "may have at most 2 decimals"),
                refused("change: windowEnd before windowStart",
                        post("requester", "/api/projects/{executing}/change-requests",
                                change("windowEnd", "2020-01-01T00:00:00Z")), 400, "windowEnd"),
                refused("change: unknown affected item",
                        post("requester", "/api/projects/{executing}/change-requests",
                                change("affectedItems", List.of("NOPE"))), 400, "affectedItems"),
                refused("change: new packages that depend on each other in a circle",
                        post("requester", "/api/projects/{executing}/change-requests", change("workPackageChanges",
                                List.of(addPackage("WP-8", "WP-9"), addPackage("WP-9", "WP-8")))),
                        400, "workPackageChanges[0].predecessors"),
                refused("change: estimate 1e15 hours",
                        post("requester", "/api/projects/{executing}/change-requests", change("workPackageChanges",
                                List.of(Map.of("action", "MODIFY", "code", "WP-2", "estimateHours", 1e15)))),
                        400, "workPackageChanges[0].estimateHours"),
                refused("change: estimate 8.125 hours, more than 2 decimals",
                        post("requester", "/api/projects/{executing}/change-requests", change("workPackageChanges",
                                List.of(Map.of("action", "MODIFY", "code", "WP-2", "estimateHours", 8.125)))),
                        400, "workPackageChanges[0].estimateHours"),
                refused("change: unknown field",
                        post("requester", "/api/projects/{executing}/change-requests", change("approvedBy", "pmo")),
                        400, "approvedBy"),
                refused("change: unknown project",
                        post("requester", "/api/projects/PRJ-1999-0001/change-requests", change("title", "Export")),
                        404, null, "PRJ-1999-0001"),

                // Our API: termination and paths that lead nowhere.
                refused("termination: no body at all",
                        post("sponsor", "/api/projects/{executing}/termination", ""), 400, "body",
                        "The request body is missing: send the termination request as JSON"),
                refused("unknown path",
                        get("pmo", "/api/nothing"), 404, null, "/api/nothing"),

                // Our API: time entries on the executing project.
                refused("time entry: hours -5",
                        post("{assignee}", "/api/projects/{executing}/time-entries", booking("hours", -5)),
                        400, "hours"),
                refused("time entry: hours 1e15",
                        post("{assignee}", "/api/projects/{executing}/time-entries", booking("hours", 1e15)),
                        400, "hours"),
                refused("time entry: date is not a date",
                        post("{assignee}", "/api/projects/{executing}/time-entries", booking("date", "yesterday")),
                        400, "date"),
                refused("time entry: unknown work package",
                        post("{assignee}", "/api/projects/{executing}/time-entries", booking("workPackage", SQL)),
                        400, "workPackage"),
                refused("time entry: unknown project",
                        post("{assignee}", "/api/projects/PRJ-1999-0001/time-entries", booking("hours", 1)),
                        404, null, "PRJ-1999-0001"),

                // Our API: the risk register.
                refused("risk: probability 7",
                        post("pm", "/api/projects/{executing}/risks", risk("probability", 7)), 400, "probability"),
                refused("risk: unknown owner",
                        post("pm", "/api/projects/{executing}/risks", risk("owner", "nobody")), 400, "owner"),
                refused("risk: status is not a status",
                        post("pm", "/api/projects/{executing}/risks", risk("status", "DONE")), 400, "status"),

                // Our API: the resource pool and the service catalog (PMO).
                refused("resource: unknown skill",
                        put("pmo", "/api/resources/dev1", resource("skills", List.of(Map.of("skill", "ALCHEMY",
                                "level", 3)))), 400, "skills[0].skill"),
                refused("resource: capacity -5 hours a week",
                        put("pmo", "/api/resources/dev1", resource("weeklyCapacityHours", -5)),
                        400, "weeklyCapacityHours"),
                refused("resource: days away ending before they start",
                        put("pmo", "/api/resources/dev1", resource("unavailability", List.of(Map.of(
                                "from", "2027-03-10", "to", "2027-03-01", "reason", "Holiday")))),
                        400, "unavailability[0].to"),
                refused("resource: unknown resource",
                        put("pmo", "/api/resources/nobody", resource("name", "Nobody")), 404, null, "nobody"),
                refused("service: dependency cycle",
                        put("pmo", "/api/services/CUSTOMER-DB", service("CUSTOMER-DB", "dependsOn", List.of("CRM"))),
                        400, "dependsOn"),
                refused("service: unknown dependency",
                        post("pmo", "/api/services", service("BAD-INPUT", "dependsOn", List.of("NOPE"))),
                        400, "dependsOn"),
                refused("service: criticality is not a criticality",
                        post("pmo", "/api/services", service("BAD-INPUT", "criticality", "EXTREME")),
                        400, "criticality"),
                refused("service: freeze ending before it starts",
                        post("pmo", "/api/freeze-periods", Map.of("from", "2027-03-10", "to", "2027-03-01",
                                "reason", "Year-end closing")), 400, "to"));
    }

    /**
     * Script and SQL are text like any other: stored as given, and escaped where they are shown. The renderer's own
     * escaping is CloseoutReportRendererTest's; here the text comes in through the API and goes out of PostgreSQL.
     */
    @Test
    void scriptAndSqlInFreeTextAreStoredVerbatimAndEscapedInTheReport() throws Exception {
        Map<String, Object> charter = ProjectsOverHttp.charter(SCRIPT + " Order entry");
        charter.put("objectives", SQL);
        String key = rest.withBasicAuth("requester", "requester").postForObject("/api/projects", charter,
                JsonNode.class).get("key").asText();

        assertThat(jdbc.queryForMap("SELECT name, objectives FROM project WHERE project_key = ?", key))
                .containsEntry("name", SCRIPT + " Order entry").containsEntry("objectives", SQL);
        reports.produce(key, ProjectStatus.CLOSED);
        String html = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + key + "/closeout-report",
                String.class);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Order entry", "&#39;; DROP TABLE project; --")
                .doesNotContain(SCRIPT);
        byte[] pdf = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + key + "/closeout-report.pdf",
                byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(SCRIPT + " Order entry", SQL);
        }
    }

    /**
     * Tasklist submits its forms through the webapps' own copy of the engine API, not engine-rest: a refusal there
     * must read the same, a 400 whose message (the text Tasklist shows) names the field, and keep the task open.
     */
    @Test
    void tasklistsOwnEngineApiRefusesBadFormInputWith400NamingTheField() throws Exception {
        WebappSession tasklist = WebappSession.login(rest, "sponsor", "tasklist");
        Snapshot before = Snapshot.take(jdbc);

        ResponseEntity<String> response = tasklist.post("/camunda/api/engine/engine/default/task/"
                + fixture.resolve("{charterReview}") + "/submit-form",
                "{\"variables\": {\"charterDecision\": {\"value\": \"REWORK\", \"type\": \"String\"}}}");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("message").asText())
                .contains(": Comment is required when the decision is 'Send back for rework'")
                .doesNotContain("charterComment is")
                .doesNotContain("ENGINE-", "TaskListener");
        assertThat(problem.path("errors").findValuesAsText("field")).contains("charterComment");
        assertThat(Snapshot.take(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedNamingWhatWasWrongAndWritesNothing(BadInput badInput) throws Exception {
        Snapshot before = Snapshot.take(jdbc);

        ResponseEntity<String> response = badInput.request().send(rest, fixture);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(badInput.status());
        assertThat(response.getHeaders().getContentType()).as(response.getBody())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        if (badInput.field() != null) {
            assertThat(problem.path("errors").findValuesAsText("field")).as(response.getBody())
                    .contains(badInput.field());
        }
        if (badInput.detailMentions() != null) {
            assertThat(problem.path("detail").asText()).contains(badInput.detailMentions());
        }
        assertThat(Snapshot.take(jdbc)).isEqualTo(before);
    }
}
