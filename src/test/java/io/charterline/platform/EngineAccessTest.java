package io.charterline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import io.charterline.support.CharterlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who may do what through engine-rest: what Camunda Modeler's Deploy button and Tasklist rely on. */
@CharterlineWebTest
class EngineAccessTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Deployed" targetNamespace="x">
              <bpmn:process id="%s" name="Deployed from Modeler" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Started" name="Started" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    FilterService filterService;

    @Test
    void processOwnersDeployFromModeler() {
        ResponseEntity<String> response = deployAs("owner", "owner-model");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("owner-model");
    }

    @Test
    void administratorsDeployFromModeler() {
        assertThat(deployAs("admin", "admin-model").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyElseMayDeploy() {
        for (String user : List.of("pm", "sponsor", "pmo", "dev1", "requester", "ccb1")) {
            ResponseEntity<String> response = deployAs(user, "sneaky-" + user);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(user).contains("CREATE").contains("Deployment");
        }
    }

    @Test
    void theSharedTasklistFiltersExistAndEachUserReadsThoseThatCanHoldTheirTasks() {
        List<String> names = filterService.createTaskFilterQuery().list().stream().map(Filter::getName).toList();
        assertThat(names).contains("My tasks", "My groups' tasks", "Approvals", "CCB queue");

        assertThat(filtersOf("dev2")).contains("My tasks", "My groups' tasks").doesNotContain("Approvals", "CCB queue");
        assertThat(filtersOf("requester")).contains("My tasks", "My groups' tasks")
                .doesNotContain("Approvals", "CCB queue");
        assertThat(filtersOf("sponsor")).contains("My tasks", "Approvals").doesNotContain("CCB queue");
        assertThat(filtersOf("ccb1")).contains("My tasks", "My groups' tasks", "Approvals", "CCB queue");
    }

    private String filtersOf(String user) {
        return rest.withBasicAuth(user, user).getForEntity("/engine-rest/filter", String.class).getBody();
    }

    private ResponseEntity<String> deployAs(String user, String processId) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", processId);
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", new ByteArrayResource(MODEL.formatted(processId).getBytes()) {
            @Override
            public String getFilename() {
                return processId + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
    }
}
