package io.charterline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import io.charterline.platform.deployment.RepositoryModels;
import io.charterline.support.CharterlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@CharterlineWebTest
class ApplicationStartupTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysEveryModelAndFormOfTheRepositoryUnderItsNameWithinItsFolder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path folder : List.of(Path.of("processes"), Path.of("forms"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString())
                        .forEach(expected::add);
            }
        }
        List<String> deployed = repositoryService.createDeploymentQuery()
                .deploymentName(RepositoryModels.DEPLOYMENT_NAME).list().stream()
                .map(Deployment::getId)
                .flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(deployed).containsAll(expected);
    }

    @Test
    void engineRestAnswersDemoCredentials() {
        ResponseEntity<String> response = rest.withBasicAuth("pm", "pm").getForEntity("/engine-rest/engine", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("default");
    }

    @Test
    void engineRestRefusesAnonymousCalls() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestRefusesAWrongPassword() {
        assertThat(rest.withBasicAuth("pm", "not-the-password").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void ourApiRefusesAnonymousCalls() {
        assertThat(rest.getForEntity("/api/projects", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void tasklistCockpitAndAdminPagesAnswer() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
            assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(app).contains("<html");
        }
    }

    @Test
    void healthIsPublicButDetailsAreNot() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("UP").doesNotContain("components");
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/health", String.class).getBody())
                .contains("components");
    }

    @Test
    void prometheusNeedsAnAdministratorOrThePmo() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("dev1", "dev1").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class)
                .getBody()).contains("jvm_memory_used_bytes");
    }
}
