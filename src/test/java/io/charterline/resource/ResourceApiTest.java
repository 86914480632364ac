package io.charterline.resource;

import static io.charterline.support.BadRequests.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
class ResourceApiTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Test
    void thePmoAddsAPersonAndEveryoneCanReadIt() {
        String userId = newUser();
        ResponseEntity<JsonNode> created = post("pmo", person(userId, 32, "95.50",
                List.of(skill("JAVA", 4), skill("DATABASE", 2)),
                List.of(away("2026-08-03", "2026-08-14", "Summer leave"))));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/resources/" + userId);
        JsonNode read = rest.withBasicAuth("dev1", "dev1").getForObject("/api/resources/" + userId, JsonNode.class);
        assertThat(read.get("weeklyCapacityHours").asInt()).isEqualTo(32);
        assertThat(read.get("hourlyCostRate").decimalValue()).isEqualByComparingTo("95.50");
        assertThat(read.get("active").asBoolean()).isTrue();
        assertThat(read.get("skills").toString())
                .isEqualTo("[{\"skill\":\"DATABASE\",\"level\":2},{\"skill\":\"JAVA\",\"level\":4}]");
        assertThat(read.get("unavailability").toString())
                .isEqualTo("[{\"from\":\"2026-08-03\",\"to\":\"2026-08-14\",\"reason\":\"Summer leave\"}]");
    }

    @Test
    void anAdministratorMayAddPeopleToo() {
        assertThat(post("admin", person(newUser(), 40, "100", List.of(skill("UX", 3)), List.of()))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void teamMembersMayNotAddOrChangePeople() {
        String userId = newUser();
        assertThat(post("dev1", person(userId, 40, "100", List.of(skill("UX", 3)), List.of())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        post("pmo", person(userId, 40, "100", List.of(skill("UX", 3)), List.of()));
        assertThat(put("pm", userId, person(null, 20, "100", List.of(skill("UX", 3)), List.of())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyBadFieldIsNamed() {
        ResponseEntity<JsonNode> response = post("pmo", person(newUser(), 81, "0",
                List.of(skill("COBOL", 3), skill("JAVA", 6)),
                List.of(away("2026-05-10", "2026-05-01", "Leave"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("weeklyCapacityHours", "hourlyCostRate",
                "skills[0].skill", "skills[1].level", "unavailability[0].to");
    }

    @Test
    void aValueOfTheWrongTypeAndBrokenRulesAreNamedInOneAnswer() {
        Map<String, Object> body = person(newUser(), 40, "-5", List.of(skill("JAVA", 9)), List.of());
        body.put("weeklyCapacityHours", "forty");

        assertThat(errors(post("pmo", body))).containsExactlyInAnyOrder(
                "weeklyCapacityHours: must be a number, not 'forty'",
                "hourlyCostRate: must be more than 0 and at most 10000, with at most 2 decimals, got -5",
                "skills[0].level: must be from 1 (novice) to 5 (expert)");
    }

    @Test
    void aPutWithAValueOfTheWrongTypeNamesTheRulesThePutBreaksNotThoseOfANewPerson() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3)), List.of()));

        ResponseEntity<JsonNode> response = put("pmo", userId, person(null, 40, "100", List.of(skill("JAVA", 9)),
                List.of(away("2026-13-01", "2026-12-24", "Leave"))));

        assertThat(errors(response)).containsExactlyInAnyOrder(
                "unavailability[0].from: must be a date like 2026-12-31, not '2026-13-01'",
                "skills[0].level: must be from 1 (novice) to 5 (expert)");
    }

    @Test
    void fractionsForWholeNumbersAreRefusedTogetherNotCutAndNothingIsStored() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3)), List.of()));
        Map<String, Object> body = person(null, 40, "100", List.of(Map.of("skill", "JAVA", "level", 3.7)), List.of());
        body.put("weeklyCapacityHours", 37.9);

        assertThat(errors(put("pmo", userId, body))).containsExactlyInAnyOrder(
                "weeklyCapacityHours: must be a whole number, not 37.9",
                "skills[0].level: must be a whole number, not 3.7");
        JsonNode stored = rest.withBasicAuth("pmo", "pmo").getForObject("/api/resources/" + userId, JsonNode.class);
        assertThat(stored.get("weeklyCapacityHours").asInt()).isEqualTo(40);
        assertThat(stored.get("skills").get(0).get("level").asInt()).isEqualTo(3);
    }

    @Test
    void aBodyWhoseOnlyFaultIsAValueOfTheWrongTypeIsAnsweredWithThatFieldAlone() {
        ResponseEntity<JsonNode> response = post("pmo", person(newUser(), 40, "100", List.of(skill("JAVA", 3)),
                List.of(away("2026-13-01", "2026-12-24", "Leave"))));

        assertThat(errors(response))
                .containsExactly("unavailability[0].from: must be a date like 2026-12-31, not '2026-13-01'");
    }

    @Test
    void aTeamMemberWithABadBodyHearsThatTheyMayNotAddPeopleNotWhatIsWrongWithIt() {
        Map<String, Object> body = person(newUser(), 40, "-5", List.of(skill("JAVA", 3)), List.of());
        body.put("weeklyCapacityHours", "forty");

        assertThat(post("dev1", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCapacityBelowOneHourIsRefused() {
        assertThat(fields(post("pmo", person(newUser(), 0, "80", List.of(skill("JAVA", 3)), List.of()))))
                .containsExactly("weeklyCapacityHours");
    }

    @Test
    void aNegativeRateIsRefusedAsOutOfRangeNotAsMissing() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3)), List.of()));

        ResponseEntity<JsonNode> response = put("pmo", userId, person(userId, 40, "-3", List.of(skill("JAVA", 3)),
                List.of()));

        assertThat(fields(response)).containsExactly("hourlyCostRate");
        assertThat(response.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo("must be more than 0 and at most 10000, with at most 2 decimals, got -3");
    }

    @Test
    void aSecondResourceForTheSameUserIsRefusedNamingTheUserId() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3)), List.of()));

        ResponseEntity<JsonNode> again = post("pmo", person(userId, 20, "90", List.of(skill("TESTING", 2)),
                List.of()));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(again)).containsExactly("userId");
        assertThat(again.getBody().get("detail").asText()).contains("exists already");
    }

    @Test
    void aUserUnknownToTheIdentityServiceIsRefused() {
        assertThat(fields(post("pmo", person("nobody-" + USERS.incrementAndGet(), 40, "100",
                List.of(skill("JAVA", 3)), List.of())))).containsExactly("userId");
    }

    @Test
    void aSkillListedTwiceIsRefused() {
        assertThat(fields(post("pmo", person(newUser(), 40, "100", List.of(skill("JAVA", 3), skill("JAVA", 4)),
                List.of())))).containsExactly("skills[1].skill");
    }

    @Test
    void overlappingDaysAwayAreRefused() {
        assertThat(fields(post("pmo", person(newUser(), 40, "100", List.of(skill("JAVA", 3)),
                List.of(away("2026-07-01", "2026-07-10", "Leave"), away("2026-07-10", "2026-07-12", "Training"))))))
                .containsExactly("unavailability[1]");
    }

    @Test
    void theListFiltersBySkillAndMinimumLevel() {
        String senior = newUser();
        String junior = newUser();
        String other = newUser();
        post("pmo", person(senior, 40, "150", List.of(skill("SECURITY", 5)), List.of()));
        post("pmo", person(junior, 40, "90", List.of(skill("SECURITY", 2)), List.of()));
        post("pmo", person(other, 40, "90", List.of(skill("NETWORK", 4)), List.of()));

        assertThat(userIds("/api/resources?skill=SECURITY&minLevel=4")).contains(senior).doesNotContain(junior, other);
        assertThat(userIds("/api/resources?skill=SECURITY")).contains(senior, junior).doesNotContain(other);
        assertThat(userIds("/api/resources")).contains(senior, junior, other);
    }

    @Test
    void filteringByAnUnknownSkillOrLevelIsRefused() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm")
                .getForEntity("/api/resources?skill=COBOL&minLevel=9", JsonNode.class);
        assertThat(fields(response)).containsExactlyInAnyOrder("skill", "minLevel");
    }

    @Test
    void putReplacesSkillsDaysAwayAndTheRest() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3), skill("TESTING", 2)),
                List.of(away("2026-03-02", "2026-03-06", "Training"))));

        ResponseEntity<JsonNode> updated = put("pmo", userId, Map.of("name", "Renamed Person",
                "weeklyCapacityHours", 24, "hourlyCostRate", 120, "active", false,
                "skills", List.of(skill("JAVA", 4)), "unavailability", List.of()));

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode read = rest.withBasicAuth("pm", "pm").getForObject("/api/resources/" + userId, JsonNode.class);
        assertThat(read.get("name").asText()).isEqualTo("Renamed Person");
        assertThat(read.get("weeklyCapacityHours").asInt()).isEqualTo(24);
        assertThat(read.get("active").asBoolean()).isFalse();
        assertThat(read.get("skills").toString()).isEqualTo("[{\"skill\":\"JAVA\",\"level\":4}]");
        assertThat(read.get("unavailability")).isEmpty();
    }

    @Test
    void putCannotMoveAResourceToAnotherUser() {
        String userId = newUser();
        post("pmo", person(userId, 40, "100", List.of(skill("JAVA", 3)), List.of()));
        assertThat(fields(put("pmo", userId, person(newUser(), 40, "100", List.of(skill("JAVA", 3)), List.of()))))
                .containsExactly("userId");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        assertThat(rest.withBasicAuth("pm", "pm").getForEntity("/api/resources/ghost", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("pmo", "ghost", person(null, 40, "100", List.of(skill("JAVA", 3)), List.of()))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String newUser() {
        String id = "res-api-" + USERS.incrementAndGet();
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setPassword(id);
        identityService.saveUser(user);
        return id;
    }

    private ResponseEntity<JsonNode> post(String caller, Object body) {
        return rest.withBasicAuth(caller, caller).postForEntity("/api/resources", body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String caller, String userId, Object body) {
        return rest.withBasicAuth(caller, caller).exchange("/api/resources/" + userId, HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private List<String> userIds(String uri) {
        JsonNode list = rest.withBasicAuth("pm", "pm").getForObject(uri, JsonNode.class);
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("userId").asText()));
        return ids;
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static Map<String, Object> person(String userId, int capacity, String rate,
                                              List<Map<String, Object>> skills, List<Map<String, Object>> away) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (userId != null) {
            body.put("userId", userId);
        }
        body.put("name", "Person " + userId);
        body.put("weeklyCapacityHours", capacity);
        body.put("hourlyCostRate", new BigDecimal(rate));
        body.put("skills", skills);
        body.put("unavailability", away);
        return body;
    }

    private static Map<String, Object> skill(String code, int level) {
        return Map.of("skill", code, "level", level);
    }

    private static Map<String, Object> away(String from, String to, String reason) {
        return Map.of("from", from, "to", to, "reason", reason);
    }
}
