package io.charterline.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.support.ProjectsOverHttp;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One row of the bad-input suite: what is sent, the status expected and the field the problem must name (or,
 * where there is no field to name, what its detail must mention).
 */
record BadInput(String name, Request request, int status, String field, String detailMentions) {

    /** Marks a field to leave out of an otherwise valid body. */
    static final Object ABSENT = new Object();

    private static final ObjectMapper JSON = new ObjectMapper();

    static BadInput refused(String name, Request request, int status, String field) {
        return new BadInput(name, request, status, field, null);
    }

    static BadInput refused(String name, Request request, int status, String field, String detailMentions) {
        return new BadInput(name, request, status, field, detailMentions);
    }

    @Override
    public String toString() {
        return name;
    }

    /** An HTTP request whose user, path and body may name the suite's projects and tasks by placeholder. */
    record Request(String user, HttpMethod method, String path, MediaType type, String body, boolean multipart) {

        ResponseEntity<String> send(TestRestTemplate rest, Fixture fixture) {
            String user = fixture.resolve(this.user);
            HttpHeaders headers = new HttpHeaders();
            Object entity;
            if (multipart) {
                MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
                parts.add("file", new ByteArrayResource(body.getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "plan.csv";
                    }
                });
                headers.setContentType(MediaType.MULTIPART_FORM_DATA);
                entity = parts;
            } else {
                headers.setContentType(type);
                entity = fixture.resolve(body).getBytes(StandardCharsets.UTF_8);
            }
            return rest.withBasicAuth(user, user).exchange(fixture.resolve(path), method,
                    new HttpEntity<>(entity, headers), String.class);
        }
    }

    static Request get(String user, String path) {
        return new Request(user, HttpMethod.GET, path, MediaType.APPLICATION_JSON, "", false);
    }

    static Request post(String user, String path, Object body) {
        return new Request(user, HttpMethod.POST, path, MediaType.APPLICATION_JSON, text(body), false);
    }

    static Request put(String user, String path, Object body) {
        return new Request(user, HttpMethod.PUT, path, MediaType.APPLICATION_JSON, text(body), false);
    }

    static Request upload(String user, String project, MediaType type, String plan) {
        return new Request(user, HttpMethod.POST, "/api/projects/" + project + "/work-packages", type, plan, false);
    }

    static Request multipart(String user, String project, String plan) {
        return new Request(user, HttpMethod.POST, "/api/projects/" + project + "/work-packages",
                MediaType.MULTIPART_FORM_DATA, plan, true);
    }

    /** The lifecycle started as Tasklist's charter start form does it, by {@code requester}. */
    static Request startLifecycle(Map<String, Object> variables) {
        return post("requester", "/engine-rest/process-definition/key/project-lifecycle/start",
                ProjectsOverHttp.variables(variables));
    }

    static Request startLifecycleWithBusinessKey(String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>(ProjectsOverHttp.variables(variables));
        body.put("businessKey", businessKey);
        return post("requester", "/engine-rest/process-definition/key/project-lifecycle/start", body);
    }

    static Request complete(String user, String task, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + task + "/complete", ProjectsOverHttp.variables(variables));
    }

    static Request submitForm(String user, String task, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + task + "/submit-form", ProjectsOverHttp.variables(variables));
    }

    /** Our API's charter with one field replaced (or left out with {@link #ABSENT}). */
    static Map<String, Object> charter(String field, Object value) {
        return with(ProjectsOverHttp.charter("Bad input project"), field, value);
    }

    /** The charter start form's variables with one replaced. */
    static Map<String, Object> charterForm(String field, Object value) {
        return with(ProjectsOverHttp.charterForm("Bad input project"), field, value);
    }

    /** A change request on the executing project (its plan is ProjectsOverHttp.PLAN) with one field replaced. */
    static Map<String, Object> change(String field, Object value) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(60).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        var windowStart = day.atTime(22, 0).toInstant(ZoneOffset.UTC);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Add export of orders");
        body.put("description", "Export orders to the data warehouse");
        body.put("reason", "Controlling needs daily figures");
        body.put("requestedType", "NORMAL");
        body.put("workPackageChanges", List.of(addPackage("WP-3", "WP-2")));
        body.put("affectedItems", List.of("CRM"));
        body.put("windowStart", windowStart.toString());
        body.put("windowEnd", windowStart.plus(4, ChronoUnit.HOURS).toString());
        return with(body, field, value);
    }

    static Map<String, Object> addPackage(String code, String predecessor) {
        return Map.of("action", "ADD", "code", code, "name", "Export " + code, "estimateHours", 8, "skill", "JAVA",
                "skillLevel", 2, "predecessors", List.of(predecessor));
    }

    /** Two hours on WP-1 today by its assignee, with one field replaced. */
    static Map<String, Object> booking(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workPackage", "WP-1");
        body.put("date", LocalDate.now().toString());
        body.put("hours", 2);
        body.put("note", "Order flow workshop");
        return with(body, field, value);
    }

    static Map<String, Object> risk(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Supplier delivers late");
        body.put("description", "The order service depends on the supplier's API");
        body.put("probability", 3);
        body.put("impact", 4);
        body.put("owner", "pm");
        body.put("response", "Weekly calls with the supplier");
        body.put("status", "OPEN");
        return with(body, field, value);
    }

    static Map<String, Object> resource(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Dana Developer");
        body.put("weeklyCapacityHours", 40);
        body.put("hourlyCostRate", 100);
        body.put("skills", List.of(Map.of("skill", "JAVA", "level", 3)));
        body.put("unavailability", List.of());
        return with(body, field, value);
    }

    static Map<String, Object> service(String key, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("name", "Service " + key);
        body.put("description", "A service of the bad-input suite");
        body.put("criticality", "LOW");
        body.put("owner", "admin");
        body.put("dependsOn", List.of());
        body.put("maintenanceWindows", List.of());
        body.put("freezePeriods", List.of());
        return with(body, field, value);
    }

    /** A plan as CSV: the header, then the given lines. */
    static String plan(String... lines) {
        return "code,name,estimateHours,skill,skillLevel,predecessors\n" + String.join("\n", lines) + "\n";
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        if (value == ABSENT) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    private static String text(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
