package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.notification.Notifications;
import io.charterline.support.PostgresSpringTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A change of someone else's time entry on PostgreSQL, with a webhook nobody answers: the change, its reason and
 * the note it replaced are kept, and only the notice to the entry's person is lost.
 */
@PostgresSpringTest
@Import(TimeEntryFixtures.class)
class TimeEntryChangeNoticePostgresTest {

    @DynamicPropertySource
    static void unreachableWebhook(DynamicPropertyRegistry properties) {
        properties.add("charterline.notifications.webhook-url", () -> "http://127.0.0.1:1/notices");
        properties.add("charterline.notifications.timeout", () -> "1s");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Test
    void aWebhookThatIsDownCostsTheNoticeButNeitherTheCorrectionNorTheWithdrawal() {
        String member = fixtures.newMember();
        String key = fixtures.projectWithReleasedWork(member, fixtures.newMember());
        String entries = "/api/projects/" + key + "/time-entries";
        String today = LocalDate.now(clock).toString();
        JsonNode entry = rest.withBasicAuth(member, member).postForObject(entries, Map.of("workPackage", "A",
                "date", today, "hours", 8, "note", "Workshop with the vendor"), JsonNode.class);
        String id = entries + "/" + entry.get("id").asLong();

        ResponseEntity<JsonNode> corrected = rest.withBasicAuth("pm", "pm").exchange(id, HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", today, "hours", 6, "version", 0, "reason", "Ended at noon")),
                JsonNode.class);
        ResponseEntity<Void> withdrawn = rest.withBasicAuth("pmo", "pmo").exchange(
                id + "?version=1&reason=Booked twice", HttpMethod.DELETE, null, Void.class);

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.withBasicAuth(member, member).getForObject(entries, JsonNode.class)).isEmpty();
        JsonNode changes = rest.withBasicAuth(member, member).getForObject(entries + "/corrections", JsonNode.class);
        assertThat(changes).extracting(change -> change.get("reason").asText())
                .containsExactly("Ended at noon", "Booked twice");
        assertThat(changes.get(0).get("oldNote").asText()).isEqualTo("Workshop with the vendor");
        assertThat(notifications.of(key)).isEmpty();
    }
}
