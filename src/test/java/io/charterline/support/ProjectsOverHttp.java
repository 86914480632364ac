package io.charterline.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Brings projects to a phase of their lifecycle only through HTTP and only as the people who own each step: our
 * API for the charter and the plan, engine-rest for every task, as Tasklist would do it.
 */
public final class ProjectsOverHttp {

    /** Two packages, the second after the first; the first is released as soon as the plan is approved. */
    public static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Build order service,24,JAVA,2,WP-1
            """;

    private final TestRestTemplate rest;

    public ProjectsOverHttp(TestRestTemplate rest) {
        this.rest = rest;
    }

    public TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user);
    }

    /** A valid charter, sponsored by {@code sponsor} and managed by {@code pm}, as our API takes it. */
    public static Map<String, Object> charter(String name) {
        return charter("name", name, List.of("CRM"), LocalDate.now().plusWeeks(2), 4, 120000);
    }

    /**
     * The same charter as the lifecycle's start form submits it through engine-rest: the name is the variable
     * projectName, the related services one comma-separated text field.
     */
    public static Map<String, Object> charterForm(String name) {
        return charter("projectName", name, "CRM", LocalDate.now().plusWeeks(2), 4, 120000);
    }

    /**
     * A charter that touches no IT service, from next Monday (UTC) for three months with a budget of 50,000: what
     * the resilience runs and the REST benchmark submit by the hundred.
     */
    public static Map<String, Object> smallCharter(String name) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return charter("name", name, List.of(), start, 3, 50_000);
    }

    private static Map<String, Object> charter(String nameField, String name, Object relatedServices,
                                               LocalDate start, int months, int budget) {
        Map<String, Object> charter = new LinkedHashMap<>();
        charter.put(nameField, name);
        charter.put("objectives", "Cut order handling time by 30 %");
        charter.put("businessCase", "Support for the old system ends");
        charter.put("sponsor", "sponsor");
        charter.put("projectManager", "pm");
        charter.put("budget", budget);
        charter.put("targetStart", start.toString());
        charter.put("targetEnd", start.plusMonths(months).toString());
        charter.put("relatedServices", relatedServices);
        charter.put("strategic", false);
        return charter;
    }

    /** Charter submitted by {@code requester}; the sponsor's review waits. */
    public String chartering(String name) {
        ResponseEntity<JsonNode> created = as("requester").postForEntity("/api/projects", charter(name),
                JsonNode.class);
        assertThat(created.getStatusCode()).as("charter of %s: %s", name, created.getBody())
                .isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("key").asText();
    }

    /** Charter approved and scope stated; the project manager plans the work. */
    public String planning(String name) {
        String key = chartering(name);
        complete("sponsor", key, "Task_ReviewCharter", Map.of("charterDecision", "APPROVE"));
        complete("pm", key, "Task_PrepareScopeStatement", Map.of("inScope", "Order entry",
                "outOfScope", "Invoicing", "deliverables", "New order UI", "acceptanceCriteria", "Orders in 2 min"));
        return key;
    }

    /** {@link #PLAN} approved by the PMO; WP-1 waits for its assignee. */
    public String executing(String name) {
        String key = planning(name);
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(as("pm").postForEntity("/api/projects/" + key + "/work-packages", new HttpEntity<>(PLAN, csv),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        complete("pm", key, "Task_PlanWork", Map.of("workPackagesCsv", ""));
        String approval = openTask(key, "Task_ApprovePlan").get("id").asText();
        assertThat(as("pmo").postForEntity("/engine-rest/task/" + approval + "/claim", Map.of("userId", "pmo"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("pmo", approval, Map.of("planDecision", "APPROVE")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return key;
    }

    /** The one open task with this id of the instance with this business key, as an administrator sees it. */
    public JsonNode openTask(String businessKey, String taskDefinitionKey) {
        JsonNode tasks = as("admin").getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskDefinitionKey, JsonNode.class);
        assertThat(tasks).as("open %s of %s", taskDefinitionKey, businessKey).hasSize(1);
        return tasks.get(0);
    }

    public void complete(String user, String businessKey, String taskDefinitionKey, Map<String, Object> variables) {
        ResponseEntity<String> response = complete(user, openTask(businessKey, taskDefinitionKey).get("id").asText(),
                variables);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskDefinitionKey, response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    public ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", variables(variables),
                String.class);
    }

    /**
     * engine-rest's shape of variables: each plain value wrapped as {@code {"value": ...}}, its type inferred; a
     * map is taken as already wrapped, for a declared type such as {@code {"value": "x", "type": "Integer"}}.
     */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Map<?, ?> typed) {
                variables.put(name, typed);
            } else {
                Map<String, Object> wrapped = new LinkedHashMap<>();
                wrapped.put("value", value);
                variables.put(name, wrapped);
            }
        });
        return Map.of("variables", variables);
    }
}
