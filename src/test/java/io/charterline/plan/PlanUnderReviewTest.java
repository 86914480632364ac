package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.ProjectsOverHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Through the API and the lifecycle, as the project manager and the PMO use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanUnderReviewTest {

    private static final String OTHER_PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            NEW-1,Something else entirely,8,JAVA,2,
            """;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aPlanAtThePlanGateCannotBeReplacedByAnUploadAndStaysAsReviewed() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.planning("Plan under review");
        assertThat(upload(projects, key, ProjectsOverHttp.PLAN).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        projects.complete("pm", key, "Task_PlanWork", Map.of("workPackagesCsv", ""));
        projects.openTask(key, "Task_ApprovePlan");

        ResponseEntity<String> upload = upload(projects, key, OTHER_PLAN);

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(upload.getBody()).contains("under review at the plan gate");
        JsonNode packages = projects.as("pm").getForObject("/api/projects/" + key + "/work-packages",
                JsonNode.class);
        assertThat(packages.findValuesAsText("code")).containsExactly("WP-1", "WP-2");
    }

    private static ResponseEntity<String> upload(ProjectsOverHttp projects, String key, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return projects.as("pm").postForEntity("/api/projects/" + key + "/work-packages",
                new HttpEntity<>(csv, headers), String.class);
    }
}
