package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.project.ProjectRepository;
import io.charterline.resource.Staffing;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkPackageControllerTest {

    private static final String JSON_PLAN = """
            [{"code": "WP-1", "name": "Design", "estimateHours": 16, "skill": "ARCHITECTURE", "skillLevel": 4},
             {"code": "WP-2", "name": "Build", "estimateHours": 24, "skill": "JAVA", "skillLevel": 3,
              "predecessors": ["WP-1"]}]
            """;
    private static final String CSV_PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Design,16,ARCHITECTURE,4,
            WP-2,Build,24,JAVA,3,WP-1
            WP-3,Test,8,TESTING,2,WP-1 WP-2
            """;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projects;

    @Autowired
    BaselineService baselines;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    Staffing staffing;

    String key;

    @BeforeEach
    void planningProject() {
        key = TestProjects.planning(projects, new BigDecimal("5000")).getKey();
    }

    @Test
    void managerUploadsTheFirstJsonPlanAndGetsItsSchedule() {
        ResponseEntity<JsonNode> response = post("pm", MediaType.APPLICATION_JSON, JSON_PLAN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).hasPath("/api/projects/" + key + "/work-packages");
        JsonNode summary = response.getBody();
        assertThat(summary.get("packageCount").asInt()).isEqualTo(2);
        // 16 x 140 + 24 x 110 against a budget of 5000
        assertThat(summary.get("budgetAtCompletion").decimalValue()).isEqualByComparingTo("4880");
        assertThat(summary.get("overBudget").asBoolean()).isFalse();
        assertThat(summary.get("plannedFinish").asText()).isEqualTo("2026-03-06");
        assertThat(summary.get("criticalPath").toString()).isEqualTo("[\"WP-1\",\"WP-2\"]");
    }

    @Test
    void uploadingAgainReplacesTheDraft() {
        post("pm", MediaType.APPLICATION_JSON, JSON_PLAN);

        ResponseEntity<JsonNode> response = post("pm", MediaType.valueOf("text/csv"), CSV_PLAN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("packageCount").asInt()).isEqualTo(3);
        assertThat(list("pm").getBody()).extracting(node -> node.get("code").asText())
                .containsExactly("WP-1", "WP-2", "WP-3");
    }

    @Test
    void pmoUploadsACsvFile() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(CSV_PLAN.getBytes()) {
            @Override
            public String getFilename() {
                return "plan.csv";
            }
        });

        ResponseEntity<JsonNode> response = rest.withBasicAuth("pmo", "pmo").postForEntity(url(),
                new HttpEntity<>(form, headers(MediaType.MULTIPART_FORM_DATA)), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("packageCount").asInt()).isEqualTo(3);
    }

    @Test
    void invalidPlanIsRefusedNamingThePackage() {
        ResponseEntity<JsonNode> response = post("pm", MediaType.APPLICATION_JSON, """
                [{"code": "WP-1", "name": "Design", "estimateHours": 16, "skill": "ARCHITECTURE", "skillLevel": 4,
                  "predecessors": ["WP-9"]}]
                """);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("workPackages[0].predecessors");
        assertThat(error.get("message").asText()).startsWith("WP-1 names unknown predecessor 'WP-9'");
        assertThat(list("pm").getBody()).isEmpty();
    }

    @Test
    void csvLineOfTheWrongShapeIsRefusedNamingTheLine() {
        ResponseEntity<JsonNode> response = post("pm", MediaType.valueOf("text/csv"),
                "code,name,estimateHours,skill,skillLevel,predecessors\nWP-1,Design,16,ARCHITECTURE\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).startsWith("line 2 has 4 fields");
    }

    @Test
    void teamMemberMayNotUploadThePlan() {
        ResponseEntity<JsonNode> response = post("dev1", MediaType.APPLICATION_JSON, JSON_PLAN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
    }

    @Test
    void planOfAnExecutingProjectCannotBeUploaded() {
        key = TestProjects.create(projects, ProjectStatus.EXECUTING, new BigDecimal("5000")).getKey();

        ResponseEntity<JsonNode> response = post("pm", MediaType.APPLICATION_JSON, JSON_PLAN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("type").asText()).isEqualTo(ProblemTypes.CONFLICT.type());
        assertThat(response.getBody().get("detail").asText()).contains("is EXECUTING");
    }

    @Test
    void unknownProjectIsNotFound() {
        key = "PRJ-1999-0001";

        assertThat(post("pm", MediaType.APPLICATION_JSON, JSON_PLAN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list("pm").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listShowsEachPackageWithStateAndAssignee() {
        post("pm", MediaType.APPLICATION_JSON, JSON_PLAN);

        ResponseEntity<JsonNode> response = list("dev1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode first = response.getBody().get(0);
        assertThat(first.get("code").asText()).isEqualTo("WP-1");
        assertThat(first.get("state").asText()).isEqualTo("PLANNED");
        assertThat(first.has("assignee")).isFalse();
        assertThat(first.get("plannedStart").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void listShowsWhomTheLedgerBooksOnPlannedWorkApartFromTheAssignee() {
        post("pm", MediaType.APPLICATION_JSON, JSON_PLAN);
        baselines.buildDraft(key, "pm");
        baselines.approveBaseline(key);
        workPackages.syncFromBaseline(key);
        staffing.staff(key);
        Map<String, String> booked = staffing.assigneesOf(key);
        assertThat(booked).containsKey("WP-1");

        JsonNode first = list("dev1").getBody().get(0);

        assertThat(first.get("state").asText()).isEqualTo("PLANNED");
        assertThat(first.has("assignee")).isFalse();
        assertThat(first.get("plannedAssignee").asText()).isEqualTo(booked.get("WP-1"));
        assertThat(first.get("code").asText()).isEqualTo("WP-1");
    }

    private ResponseEntity<JsonNode> post(String user, MediaType type, String body) {
        return rest.withBasicAuth(user, user).postForEntity(url(), new HttpEntity<>(body, headers(type)),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> list(String user) {
        return rest.withBasicAuth(user, user).getForEntity(url(), JsonNode.class);
    }

    private String url() {
        return "/api/projects/" + key + "/work-packages";
    }

    private static HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return headers;
    }
}
