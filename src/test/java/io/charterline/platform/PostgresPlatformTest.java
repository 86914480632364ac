package io.charterline.platform;

import static io.charterline.project.LifecycleVariables.CHARTER_COMMENT;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.CharterlineApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The application on a real PostgreSQL server, stopped and started again on the same database as an operator
 * would restart it. Each context is closed before the server, which is why this test manages both itself.
 */
class PostgresPlatformTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext restarted;

    private static List<String> tablesAfterFirstStart;
    private static String projectKey;
    private static String processInstanceId;
    private static long deploymentsBeforeRestart;

    @BeforeAll
    static void runAProjectThenRestartOnTheSameDatabase() throws IOException, SQLException {
        postgres = EmbeddedPostgres.start();
        try (ConfigurableApplicationContext first = startApplication()) {
            tablesAfterFirstStart = tables();
            Map<String, Object> project = client(first, "requester").post().uri("/api/projects")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"name": "Data centre exit",
                             "objectives": "Move the billing workloads out of the Leeds data centre",
                             "businessCase": "The hosting contract ends in 2028",
                             "sponsor": "sponsor", "projectManager": "pm",
                             "budget": 250000, "targetStart": "%s", "targetEnd": "%s",
                             "relatedServices": [], "strategic": false}""".formatted(
                            LocalDate.now().plusWeeks(6), LocalDate.now().plusWeeks(6).plusMonths(6)))
                    .retrieve().body(new ParameterizedTypeReference<>() { });
            projectKey = (String) project.get("key");
            processInstanceId = (String) project.get("processInstanceId");
            rejectCharterAsSponsor(first);
            assertThat(first.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).finished().count())
                    .as("the rejected charter ends the lifecycle").isEqualTo(1);
            deploymentsBeforeRestart = first.getBean(RepositoryService.class).createDeploymentQuery().count();
        }
        restarted = startApplication();
    }

    @AfterAll
    static void stopApplicationThenPostgres() throws IOException {
        if (restarted != null) {
            restarted.close();
        }
        postgres.close();
    }

    @Test
    void engineAndFlywayCreateTheirSchemaOnPostgresql() {
        assertThat(tablesAfterFirstStart)
                .contains("act_re_procdef", "act_ru_task", "act_hi_procinst", "act_id_user")
                .contains("flyway_schema_history", "project", "configuration_item");
    }

    @Test
    void finishedInstanceIsStillInHistoryAfterRestart() {
        HistoricProcessInstance instance = restarted.getBean(HistoryService.class)
                .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getBusinessKey()).isEqualTo(projectKey);
        assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_ProjectRejected");
        assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    }

    @Test
    void projectRecordIsStillThereAfterRestart() {
        Map<String, Object> project = client(restarted, "requester").get().uri("/api/projects/{key}", projectKey)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(project).containsEntry("status", "REJECTED");
    }

    @Test
    void unchangedModelsGetNoNewVersionOnRestart() {
        RepositoryService repositoryService = restarted.getBean(RepositoryService.class);
        List<ProcessDefinition> lifecycle = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).list();
        assertThat(lifecycle).extracting(ProcessDefinition::getVersion).containsExactly(1);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBeforeRestart);
    }

    private static ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(CharterlineApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres");
    }

    private static RestClient client(ConfigurableApplicationContext app, String user) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .defaultHeaders(headers -> headers.setBasicAuth(user, user))
                .build();
    }

    private static void rejectCharterAsSponsor(ConfigurableApplicationContext app) {
        RestClient sponsor = client(app, "sponsor");
        List<Map<String, Object>> tasks = sponsor.get()
                .uri("/engine-rest/task?processInstanceId={id}&taskDefinitionKey=Task_ReviewCharter", processInstanceId)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(tasks).as("the sponsor's charter review").hasSize(1);
        sponsor.post().uri("/engine-rest/task/{id}/complete", tasks.get(0).get("id"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        CHARTER_DECISION, Map.of("value", "REJECT", "type", "String"),
                        CHARTER_COMMENT, Map.of("value", "The contract can be extended for less", "type", "String"))))
                .retrieve().toBodilessEntity();
    }

    private static List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet result = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
