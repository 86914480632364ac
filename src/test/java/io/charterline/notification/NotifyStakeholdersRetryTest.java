package io.charterline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.charterline.monitoring.TestProjects;
import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.PostgresSpringTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lifecycle's "Notify stakeholders" step against a real HTTP webhook on PostgreSQL: a webhook that fails
 * costs retries and then raises an incident with its answer, and the retry after the fix finishes the project
 * with the notification recorded once.
 */
@PostgresSpringTest
class NotifyStakeholdersRetryTest {

    private static final String STEP = "Task_NotifyStakeholders";

    private static final Webhook webhook = Webhook.start();

    @DynamicPropertySource
    static void webhookUrl(DynamicPropertyRegistry properties) {
        properties.add("charterline.notifications.webhook-url", webhook::url);
        properties.add("charterline.notifications.timeout", () -> "1s");
    }

    @AfterAll
    static void stopWebhook() {
        webhook.server.stop(0);
    }

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    ProjectRepository projects;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void webhookWorks() {
        webhook.answer(204, 0);
        webhook.received.clear();
    }

    @Test
    void failingWebhookUsesUpTheRetriesThenRaisesAnIncidentNamingTheAnswer() {
        ProcessInstance project = closedProjectAtNotification();
        Job job = job(project);
        assertThat(job.getRetries()).as("retries from the model's R3 cycle").isEqualTo(3);

        webhook.answer(503, 0);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .hasMessageContaining("answered 503");
        }

        assertThat(job(project).getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(project.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(STEP);
        assertThat(incident.getIncidentMessage()).contains("was not delivered", webhook.url(), "503");
        assertThat(webhook.received).hasSize(3);
        assertThat(notifications.findByProjectKeyOrderByCreatedAtAsc(projectKey(project))).isEmpty();
    }

    @Test
    void retryAfterTheWebhookIsFixedFinishesTheProjectAndRecordsTheNotificationOnce() {
        ProcessInstance project = closedProjectAtNotification();
        Job job = job(project);
        webhook.answer(500, 0);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId()));
        }

        webhook.answer(204, 0);
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(project.getId()).count()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(project.getId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(project.getId())
                .activityId("EndEvent_ProjectClosed").count()).isOne();
        List<Notification> recorded = notifications.findByProjectKeyOrderByCreatedAtAsc(projectKey(project));
        assertThat(recorded).singleElement().satisfies(notification -> {
            assertThat(notification.getEvent()).isEqualTo("PROJECT_CLOSED");
            assertThat(notification.getRecipients()).isEqualTo("sponsor,pm");
            assertThat(notification.getDeliveredTo()).isEqualTo(webhook.url());
        });
        Delivery last = webhook.received.get(webhook.received.size() - 1);
        assertThat(last.body()).contains("\"projectKey\":\"" + projectKey(project) + "\"", "\"outcome\":\"CLOSED\"",
                "sponsor@charterline.example", "/closeout-report");
    }

    @Test
    void deliveryThatTimesOutIsSentAgainWithTheSameIdempotencyKeyAndRecordedOnce() {
        ProcessInstance project = closedProjectAtNotification();
        Job job = job(project);

        webhook.answer(204, 1500);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("cannot be reached");
        webhook.answer(204, 0);
        managementService.executeJob(job.getId());

        assertThat(webhook.received).hasSize(2);
        assertThat(webhook.received).extracting(Delivery::idempotencyKey).containsOnly(
                project.getId() + ":" + STEP);
        assertThat(notifications.findByProjectKeyOrderByCreatedAtAsc(projectKey(project))).hasSize(1);
    }

    @Test
    void projectsNotificationsSayThatOneWentOutButNotToWhichUrl() {
        ProcessInstance project = closedProjectAtNotification();
        managementService.executeJob(job(project).getId());

        JsonNode listed = rest.withBasicAuth("pmo", "pmo").getForObject(
                "/api/projects/" + projectKey(project) + "/notifications", JsonNode.class);

        assertThat(listed.size()).isOne();
        JsonNode notification = listed.get(0);
        assertThat(notification.get("event").asText()).isEqualTo("PROJECT_CLOSED");
        assertThat(notification.get("recipients").asText()).isEqualTo("sponsor,pm");
        assertThat(notification.get("idempotencyKey").asText()).isEqualTo(project.getId() + ":" + STEP);
        assertThat(notification.get("delivered").asBoolean()).isTrue();
        assertThat(notification.toString()).doesNotContain(webhook.url());
    }

    /** A closed project whose lifecycle stands just before the notification, as after "Close project". */
    private ProcessInstance closedProjectAtNotification() {
        Project project = new TestProjects(projects, keys, transactions).create("Notified project", "pm", "sponsor",
                new BigDecimal("80000"), ProjectStatus.CLOSED);
        return runtimeService.createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
                .businessKey(project.getKey())
                .setVariables(Map.of(LifecycleVariables.PROJECT_KEY, project.getKey(),
                        LifecycleVariables.FINAL_STATUS, "CLOSED"))
                .startBeforeActivity(STEP)
                .execute();
    }

    private Job job(ProcessInstance project) {
        return managementService.createJobQuery().processInstanceId(project.getId()).activityId(STEP).singleResult();
    }

    private String projectKey(ProcessInstance project) {
        return project.getBusinessKey();
    }

    record Delivery(String idempotencyKey, String body) {
    }

    /** A real webhook receiver on a free local port, answering with the status the test sets. */
    static final class Webhook {

        final HttpServer server;
        final List<Delivery> received = new CopyOnWriteArrayList<>();
        private volatile int status;
        private volatile long delayMillis;

        private Webhook(HttpServer server) {
            this.server = server;
        }

        static Webhook start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                Webhook webhook = new Webhook(server);
                server.createContext("/hook", webhook::handle);
                server.setExecutor(Executors.newFixedThreadPool(2));
                server.start();
                return webhook;
            } catch (IOException e) {
                throw new IllegalStateException("cannot open a local port for the webhook", e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void answer(int status, long delayMillis) {
            this.status = status;
            this.delayMillis = delayMillis;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Delivery(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }
    }
}
