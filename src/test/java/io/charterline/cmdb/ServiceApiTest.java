package io.charterline.cmdb;

import static io.charterline.support.BadRequests.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServiceApiTest {

    private static final AtomicInteger KEYS = new AtomicInteger();

    @Autowired
    TestRestTemplate rest;

    @Test
    void aServiceShowsItsDependenciesDependentsWindowsAndFreezes() {
        String db = newKey("DB");
        String app = newKey("APP");
        post("pmo", service(db, "CRITICAL", List.of()));
        Map<String, Object> body = service(app, "HIGH", List.of(db));
        body.put("owner", "owner");
        body.put("maintenanceWindows", List.of(Map.of("dayOfWeek", "SATURDAY", "startTime", "22:00",
                "durationMinutes", 240)));
        body.put("freezePeriods", List.of(Map.of("from", "2026-06-01", "to", "2026-06-05", "reason", "Launch")));

        ResponseEntity<JsonNode> created = post("pmo", body);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode appView = get(app);
        assertThat(appView.get("owner").asText()).isEqualTo("owner");
        assertThat(keys(appView.get("dependsOn"))).containsExactly(db);
        assertThat(appView.get("maintenanceWindows").toString())
                .isEqualTo("[{\"dayOfWeek\":\"SATURDAY\",\"startTime\":\"22:00:00\",\"durationMinutes\":240}]");
        assertThat(appView.get("freezePeriods").get(0).get("reason").asText()).isEqualTo("Launch");
        JsonNode dbView = get(db);
        assertThat(keys(dbView.get("dependents"))).containsExactly(app);
        assertThat(dbView.get("dependents").get(0).get("criticality").asText()).isEqualTo("HIGH");
    }

    @Test
    void anUnknownDependencyIsRefusedNamingIt() {
        ResponseEntity<JsonNode> response = post("pmo", service(newKey("APP"), "LOW", List.of("NO-SUCH-DB")));
        assertThat(fields(response)).containsExactly("dependsOn");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("NO-SUCH-DB");
    }

    @Test
    void aDependencyCycleIsRefusedNamingTheCycle() {
        String a = newKey("A");
        String b = newKey("B");
        String c = newKey("C");
        post("pmo", service(a, "LOW", List.of()));
        post("pmo", service(b, "LOW", List.of(a)));
        post("pmo", service(c, "LOW", List.of(b)));

        ResponseEntity<JsonNode> response = put("pmo", a, service(null, "LOW", List.of(c)));

        assertThat(fields(response)).containsExactly("dependsOn");
        assertThat(response.getBody().get("errors").get(0).get("message").asText())
                .contains(a + " -> " + c + " -> " + b + " -> " + a);
        assertThat(keys(get(a).get("dependsOn"))).isEmpty();
    }

    @Test
    void aServiceCannotDependOnItself() {
        String a = newKey("A");
        post("pmo", service(a, "LOW", List.of()));
        ResponseEntity<JsonNode> response = put("pmo", a, service(a, "LOW", List.of(a)));
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains(a + " -> " + a);
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "lower-case");
        body.put("maintenanceWindows", List.of(Map.of("startTime", "22:00", "durationMinutes", 5)));
        body.put("freezePeriods", List.of(Map.of("from", "2026-06-05", "to", "2026-06-01", "reason", "x")));

        assertThat(fields(post("pmo", body))).containsExactlyInAnyOrder("key", "name", "criticality",
                "maintenanceWindows[0].dayOfWeek", "maintenanceWindows[0].durationMinutes", "freezePeriods[0].to");
    }

    @Test
    void anUnknownCriticalityIsRefusedNamingTheField() {
        Map<String, Object> body = service(newKey("APP"), "SEVERE", List.of());
        assertThat(fields(post("pmo", body))).containsExactly("criticality");
    }

    @Test
    void aSecondServiceWithTheSameKeyIsRefused() {
        String key = newKey("APP");
        post("pmo", service(key, "LOW", List.of()));
        assertThat(fields(post("pmo", service(key, "HIGH", List.of())))).containsExactly("key");
    }

    @Test
    void teamMembersMayReadButNotChangeTheCatalog() {
        String key = newKey("APP");
        assertThat(post("dev1", service(key, "LOW", List.of())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("dev1", "dev1").getForEntity("/api/services", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void putReplacesDependenciesWindowsAndOwnFreezes() {
        String db = newKey("DB");
        String cache = newKey("CACHE");
        String app = newKey("APP");
        post("pmo", service(db, "HIGH", List.of()));
        post("pmo", service(cache, "LOW", List.of()));
        Map<String, Object> first = service(app, "MEDIUM", List.of(db));
        first.put("freezePeriods", List.of(Map.of("from", "2026-06-01", "to", "2026-06-05", "reason", "Launch")));
        post("pmo", first);

        ResponseEntity<JsonNode> updated = put("pmo", app, service(app, "CRITICAL", List.of(cache)));

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = get(app);
        assertThat(view.get("criticality").asText()).isEqualTo("CRITICAL");
        assertThat(keys(view.get("dependsOn"))).containsExactly(cache);
        assertThat(view.get("freezePeriods").findValuesAsText("service")).doesNotContain(app);
        assertThat(keys(get(db).get("dependents"))).isEmpty();
    }

    @Test
    void putCannotRenameTheKey() {
        String key = newKey("APP");
        post("pmo", service(key, "LOW", List.of()));
        assertThat(fields(put("pmo", key, service(newKey("OTHER"), "LOW", List.of())))).containsExactly("key");
        assertThat(put("pmo", "NO-SUCH", service(null, "LOW", List.of())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aGlobalFreezeBindsEveryServiceUntilLifted() {
        String key = newKey("APP");
        post("pmo", service(key, "LOW", List.of()));
        ResponseEntity<JsonNode> freeze = rest.withBasicAuth("pmo", "pmo").postForEntity("/api/freeze-periods",
                Map.of("from", "2030-12-20", "to", "2031-01-03", "reason", "Test freeze"), JsonNode.class);
        assertThat(freeze.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = freeze.getBody().get("id").asLong();
        assertThat(get(key).get("freezePeriods").findValuesAsText("reason")).contains("Test freeze");

        rest.withBasicAuth("pmo", "pmo").delete("/api/freeze-periods/" + id);

        assertThat(get(key).get("freezePeriods").findValuesAsText("reason")).doesNotContain("Test freeze");
    }

    @Test
    void aGlobalFreezeOfMoreThanAYearIsRefused() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pmo", "pmo").postForEntity("/api/freeze-periods",
                Map.of("from", "2027-02-01", "to", "2037-02-03", "reason", "Typo in the year"), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText())
                .contains("to: a freeze lasts at most a year: must be on or before 2028-02-01, not 2037-02-03");
    }

    @Test
    void aServicesOwnFreezeCannotBeLiftedAsAGlobalOne() {
        String key = newKey("APP");
        Map<String, Object> body = service(key, "LOW", List.of());
        body.put("freezePeriods", List.of(Map.of("from", "2026-06-01", "to", "2026-06-05", "reason", "Own")));
        long id = post("pmo", body).getBody().get("freezePeriods").get(0).get("id").asLong();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("pmo", "pmo").exchange("/api/freeze-periods/" + id,
                HttpMethod.DELETE, null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aServiceWithAValueOfTheWrongTypeIsRefusedNamingItAndTheBrokenRulesInOneAnswer() {
        Map<String, Object> body = service(newKey("APP"), "SEVERE", List.of("NO-SUCH-DB"));
        body.remove("name");

        assertThat(errors(post("pmo", body))).containsExactlyInAnyOrder(
                "criticality: must be one of LOW, MEDIUM, HIGH, CRITICAL, not 'SEVERE'",
                "name: is required",
                "dependsOn: unknown service(s) [NO-SUCH-DB]; use the keys of the service catalog "
                        + "(GET /api/services)");
    }

    @Test
    void aPutWithAValueOfTheWrongTypeNamesTheRulesThePutBreaks() {
        String key = newKey("APP");
        post("pmo", service(key, "LOW", List.of()));
        Map<String, Object> body = service("OTHER", "LOW", List.of());
        body.put("freezePeriods", List.of(Map.of("from", "2026-13-01", "to", "2026-06-05")));

        assertThat(errors(put("pmo", key, body))).containsExactlyInAnyOrder(
                "freezePeriods[0].from: must be a date like 2026-12-31, not '2026-13-01'",
                "freezePeriods[0].reason: is required",
                "key: cannot change (the path names " + key + "); leave it out or repeat it");
    }

    @Test
    void someoneWhoMayNotChangeTheCatalogIsRefusedBeforeTheBodyIsJudged() {
        Map<String, Object> body = service(newKey("APP"), "SEVERE", List.of("NO-SUCH-DB"));

        assertThat(post("dev1", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(freeze("dev1", Map.of("from", "2026-13-01")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aGlobalFreezeWithAValueOfTheWrongTypeIsRefusedNamingItAndTheBrokenRulesInOneAnswer() {
        ResponseEntity<JsonNode> response = freeze("pmo", Map.of("from", "2026-13-01", "to", "2027-02-03"));

        assertThat(errors(response)).containsExactlyInAnyOrder(
                "from: must be a date like 2026-12-31, not '2026-13-01'",
                "reason: is required");
    }

    private ResponseEntity<JsonNode> freeze(String caller, Object body) {
        return rest.withBasicAuth(caller, caller).postForEntity("/api/freeze-periods", body, JsonNode.class);
    }

    private static String newKey(String prefix) {
        return "T" + KEYS.incrementAndGet() + "-" + prefix;
    }

    private static Map<String, Object> service(String key, String criticality, List<String> dependsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (key != null) {
            body.put("key", key);
        }
        body.put("name", "Service " + key);
        body.put("criticality", criticality);
        body.put("dependsOn", dependsOn);
        return body;
    }

    private ResponseEntity<JsonNode> post(String caller, Object body) {
        return rest.withBasicAuth(caller, caller).postForEntity("/api/services", body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String caller, String key, Object body) {
        return rest.withBasicAuth(caller, caller).exchange("/api/services/" + key, HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private JsonNode get(String key) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm").getForEntity("/api/services/" + key,
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> keys(JsonNode nodes) {
        List<String> keys = new ArrayList<>();
        nodes.forEach(node -> keys.add(node.get("key").asText()));
        return keys;
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
