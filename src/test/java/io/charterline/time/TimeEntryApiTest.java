package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.notification.Notifications;
import io.charterline.platform.web.ProblemTypes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TimeEntryFixtures.class)
class TimeEntryApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    Notifications notifications;

    String member;
    String colleague;
    String key;
    String today;

    @BeforeEach
    void projectWithReleasedWork() {
        member = fixtures.newMember();
        colleague = fixtures.newMember();
        key = fixtures.projectWithReleasedWork(member, colleague);
        today = LocalDate.now(clock).toString();
    }

    @Test
    void assigneeBooksHoursAndGetsTheEntryBack() {
        ResponseEntity<JsonNode> created = post(member, entry("A", "7.5"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("person").asText()).isEqualTo(member);
        assertThat(created.getBody().get("workPackage").asText()).isEqualTo("A");
        assertThat(created.getBody().get("date").asText()).isEqualTo(today);
        assertThat(created.getBody().get("hours").decimalValue()).isEqualByComparingTo("7.5");
    }

    @Test
    void badBookingIsAProblemNamingEachField() {
        Map<String, Object> bad = entry("B", "-1");
        bad.put("date", LocalDate.now(clock).plusDays(1).toString());

        ResponseEntity<JsonNode> refused = post(member, bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("workPackage", "date", "hours");
    }

    @Test
    void unknownFieldIsNamed() {
        Map<String, Object> bad = entry("A", "1");
        bad.put("minutes", 30);

        ResponseEntity<JsonNode> refused = post(member, bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("minutes");
    }

    @Test
    void aBookingWithAValueOfTheWrongTypeIsRefusedNamingItAndTheBrokenRulesInOneAnswer() {
        Map<String, Object> bad = entry("B", "-1");
        bad.put("date", "2026-13-01");

        ResponseEntity<JsonNode> refused = post(member, bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("date", "workPackage", "hours");
        assertThat(refused.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo("must be a date like 2026-12-31, not '2026-13-01'");
    }

    @Test
    void teamMemberBookingForSomeoneElseIsForbiddenBeforeTheirBadBodyIsJudged() {
        Map<String, Object> forMember = entry("A", "-1");
        forMember.put("date", "2026-13-01");
        forMember.put("person", member);

        assertThat(post(colleague, forMember).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void projectManagerBooksForAnAssignee() {
        Map<String, Object> forMember = entry("A", "2");
        forMember.put("person", member);

        ResponseEntity<JsonNode> created = post("pm", forMember);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("person").asText()).isEqualTo(member);
        assertThat(created.getBody().get("bookedBy").asText()).isEqualTo("pm");
    }

    @Test
    void teamMemberBookingForSomeoneElseIsForbidden() {
        Map<String, Object> forMember = entry("A", "2");
        forMember.put("person", member);

        assertThat(post(colleague, forMember).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void unknownProjectIsNotFound() {
        ResponseEntity<JsonNode> missing = rest.withBasicAuth(member, member)
                .postForEntity("/api/projects/PRJ-2098-9999/time-entries", entry("A", "1"), JsonNode.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listingFiltersByPersonAndPackage() {
        post(member, entry("A", "1"));
        post(colleague, entry("C", "2"));

        assertThat(hoursListed("")).containsExactly("1.00", "2.00");
        assertThat(hoursListed("?person=" + colleague)).containsExactly("2.00");
        assertThat(hoursListed("?workPackage=A")).containsExactly("1.00");
        assertThat(hoursListed("?person=" + colleague + "&workPackage=A")).isEmpty();
    }

    @Test
    void personCorrectsAnEntryAtTheVersionTheyRead() {
        JsonNode entry = post(member, entry("A", "8")).getBody();

        ResponseEntity<JsonNode> corrected = put(member, entry, "0.8", entry.get("version").asLong());

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getBody().get("hours").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(corrected.getBody().get("version").asLong()).isEqualTo(entry.get("version").asLong() + 1);
        JsonNode changes = corrections();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("action").asText()).isEqualTo("CORRECTED");
        assertThat(changes.get(0).get("oldHours").decimalValue()).isEqualByComparingTo("8");
        assertThat(changes.get(0).get("newHours").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(changes.get(0).get("changedBy").asText()).isEqualTo(member);
    }

    @Test
    void aCorrectionAtAnOutdatedVersionIsAConflictThatSaysToReload() {
        JsonNode entry = post(member, entry("A", "8")).getBody();
        put(member, entry, "7", entry.get("version").asLong());

        ResponseEntity<JsonNode> lost = put("pm", entry, "6", entry.get("version").asLong(), "Booked twice");

        assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lost.getBody().get("type").asText()).isEqualTo(ProblemTypes.VERSION_CONFLICT.type());
        assertThat(lost.getBody().get("detail").asText()).isEqualTo("Time entry " + entry.get("id").asLong()
                + " is at version 1, you sent 0: reload it and try again");
        assertThat(hoursListed("")).containsExactly("7.00");
    }

    @Test
    void aWithdrawalAtAnOutdatedVersionIsAConflictThatNamesBothVersions() {
        JsonNode entry = post(member, entry("A", "8")).getBody();
        put(member, entry, "7", 0);
        put(member, entry, "6", 1);

        ResponseEntity<JsonNode> lost = rest.withBasicAuth(member, member).exchange(
                entries() + "/" + entry.get("id").asLong() + "?version=1", HttpMethod.DELETE, null, JsonNode.class);

        assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lost.getBody().get("detail").asText()).isEqualTo("Time entry " + entry.get("id").asLong()
                + " is at version 2, you sent 1: reload it and try again");
        assertThat(hoursListed("")).containsExactly("6.00");
    }

    @Test
    void aColleaguesCorrectionIsForbidden() {
        JsonNode entry = post(member, entry("A", "8")).getBody();

        assertThat(put(colleague, entry, "1", entry.get("version").asLong()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void personWithdrawsAnEntry() {
        JsonNode entry = post(member, entry("A", "8")).getBody();

        ResponseEntity<Void> withdrawn = delete(member, entry.get("id").asLong() + "?version="
                + entry.get("version").asLong());

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(hoursListed("")).isEmpty();
    }

    @Test
    void aWithdrawalWithoutVersionNamesTheField() {
        JsonNode entry = post(member, entry("A", "8")).getBody();

        ResponseEntity<JsonNode> refused = rest.withBasicAuth(member, member).exchange(
                entries() + "/" + entry.get("id").asLong(), HttpMethod.DELETE, null, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("version");
    }

    // --- someone else's entry: a reason, kept and sent --------------------------------------------------------

    @Test
    void aWithdrawalOfSomeoneElsesEntryWithoutAReasonIsRefusedNamingTheReason() {
        JsonNode entry = post(member, entry("A", "7")).getBody();

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("pm", "pm").exchange(
                entries() + "/" + entry.get("id").asLong() + "?version=0", HttpMethod.DELETE, null, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("reason");
            assertThat(error.get("message").asText()).isEqualTo("is required to withdraw " + member
                    + "'s time entry " + entry.get("id").asLong() + ": say why; it is kept with the change and "
                    + "sent to " + member);
        });
        assertThat(hoursListed("")).containsExactly("7.00");
    }

    @Test
    void aCorrectionOfSomeoneElsesEntryWithoutAReasonIsRefusedNamingTheReason() {
        JsonNode entry = post(member, entry("A", "7")).getBody();

        ResponseEntity<JsonNode> refused = put("pm", entry, "6", 0);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("reason");
        assertThat(hoursListed("")).containsExactly("7.00");
    }

    @Test
    void theProjectManagersWithdrawalKeepsTheReasonAndTheEntrysNoteAndTellsThePerson() {
        Map<String, Object> booked = entry("A", "7");
        booked.put("note", "Workshop with the vendor");
        JsonNode entry = post(member, booked).getBody();
        long id = entry.get("id").asLong();

        ResponseEntity<Void> withdrawn = delete("pm", id + "?version=0&reason=Booked on the wrong project");

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(corrections()).singleElement().satisfies(change -> {
            assertThat(change.get("action").asText()).isEqualTo("WITHDRAWN");
            assertThat(change.get("reason").asText()).isEqualTo("Booked on the wrong project");
            assertThat(change.get("oldNote").asText()).isEqualTo("Workshop with the vendor");
        });
        assertThat(notifications.of(key)).singleElement().satisfies(notice -> {
            assertThat(notice.getEvent()).isEqualTo("TIME_ENTRY_WITHDRAWN");
            assertThat(notice.getRecipients()).isEqualTo(member);
            assertThat(notice.getSubject()).isEqualTo("pm withdrew your time entry " + id + " on " + key
                    + " (work package A): " + today + " 7 h. Reason: Booked on the wrong project");
        });
    }

    @Test
    void theProjectManagersCorrectionKeepsTheReasonAndTheNoteItReplacedAndTellsThePerson() {
        Map<String, Object> booked = entry("A", "8");
        booked.put("note", "Workshop with the vendor");
        JsonNode entry = post(member, booked).getBody();
        Map<String, Object> correction = new HashMap<>();
        correction.put("date", today);
        correction.put("hours", 6.5);
        correction.put("version", 0);
        correction.put("reason", "The workshop ended at noon");

        ResponseEntity<JsonNode> corrected = rest.withBasicAuth("pm", "pm").exchange(
                entries() + "/" + entry.get("id").asLong(), HttpMethod.PUT, new HttpEntity<>(correction),
                JsonNode.class);

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corrections()).singleElement().satisfies(change -> {
            assertThat(change.get("reason").asText()).isEqualTo("The workshop ended at noon");
            assertThat(change.get("oldNote").asText()).isEqualTo("Workshop with the vendor");
            assertThat(change.hasNonNull("newNote")).isFalse();
        });
        assertThat(notifications.of(key)).singleElement().satisfies(notice -> {
            assertThat(notice.getEvent()).isEqualTo("TIME_ENTRY_CORRECTED");
            assertThat(notice.getRecipients()).isEqualTo(member);
            assertThat(notice.getSubject()).isEqualTo("pm corrected your time entry " + entry.get("id").asLong()
                    + " on " + key + " (work package A): " + today + " 8 h → " + today + " 6.5 h, note changed. "
                    + "Reason: The workshop ended at noon");
        });
    }

    @Test
    void thePersonCorrectsAndWithdrawsTheirOwnEntryWithoutAReasonAndNobodyIsTold() {
        JsonNode entry = post(member, entry("A", "8")).getBody();

        assertThat(put(member, entry, "7", 0).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(delete(member, entry.get("id").asLong() + "?version=1").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(corrections()).extracting(change -> change.hasNonNull("reason")).containsExactly(false, false);
        assertThat(notifications.of(key)).isEmpty();
    }

    // --- who reads ---------------------------------------------------------------------------------------------

    @Test
    void theProjectsPeopleReadItsEntriesAndCorrections() {
        post(member, entry("A", "1"));

        for (String reader : List.of(member, colleague, "pm", "sponsor", "pmo", "admin")) {
            assertThat(rest.withBasicAuth(reader, reader).getForEntity(entries(), JsonNode.class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
            assertThat(rest.withBasicAuth(reader, reader).getForEntity(entries() + "/corrections", JsonNode.class)
                    .getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void someoneOutsideTheProjectMayReadNeitherItsEntriesNorTheirCorrections() {
        post(member, entry("A", "1"));

        for (String outsider : List.of("requester", "dev3", "ccb3")) {
            for (String path : List.of(entries(), entries() + "/corrections")) {
                ResponseEntity<JsonNode> refused = rest.withBasicAuth(outsider, outsider)
                        .getForEntity(path, JsonNode.class);
                assertThat(refused.getStatusCode()).as(outsider + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
                assertThat(refused.getBody().get("detail").asText()).isEqualTo("User '" + outsider
                        + "' may not read the time entries of " + key + ": only its team (the people booked on it "
                        + "or assigned its work), its project manager (pm), its sponsor (sponsor), the PMO and "
                        + "administrators may");
            }
        }
    }

    // --- one answer for a bad body -----------------------------------------------------------------------------

    @Test
    void aCorrectionWithWrongTypesNamesThemTogetherWithTheMissingDate() {
        JsonNode entry = post(member, entry("A", "8")).getBody();
        Map<String, Object> bad = new HashMap<>();
        bad.put("hours", "eight");
        bad.put("minutes", 30);
        bad.put("version", 0);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth(member, member).exchange(
                entries() + "/" + entry.get("id").asLong(), HttpMethod.PUT, new HttpEntity<>(bad), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("hours", "minutes", "date");
    }

    @Test
    void aCorrectionOfSomeoneElsesEntryWithAWrongTypeNamesItWithTheMissingReason() {
        JsonNode entry = post(member, entry("A", "8")).getBody();
        Map<String, Object> bad = new HashMap<>();
        bad.put("date", entry.get("date").asText());
        bad.put("hours", "eight");
        bad.put("version", 0);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("pm", "pm").exchange(
                entries() + "/" + entry.get("id").asLong(), HttpMethod.PUT, new HttpEntity<>(bad), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("hours", "reason");
    }

    @Test
    void aColleagueCorrectingSomeoneElsesEntryIsForbiddenBeforeTheirBadBodyIsJudged() {
        JsonNode entry = post(member, entry("A", "8")).getBody();
        Map<String, Object> bad = new HashMap<>();
        bad.put("hours", "eight");
        bad.put("version", 0);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth(colleague, colleague).exchange(
                entries() + "/" + entry.get("id").asLong(), HttpMethod.PUT, new HttpEntity<>(bad), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownEntryIsNotFound() {
        assertThat(delete(member, "999999999?version=0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> put(String user, JsonNode entry, String hours, long version) {
        return put(user, entry, hours, version, null);
    }

    private ResponseEntity<JsonNode> put(String user, JsonNode entry, String hours, long version, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", entry.get("date").asText());
        body.put("hours", Double.valueOf(hours));
        body.put("version", version);
        body.put("reason", reason);
        return rest.withBasicAuth(user, user).exchange(entries() + "/" + entry.get("id").asLong(), HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<Void> delete(String user, String idAndQuery) {
        return rest.withBasicAuth(user, user).exchange(entries() + "/" + idAndQuery, HttpMethod.DELETE, null,
                Void.class);
    }

    /** Read by the project's sponsor, who is neither its manager nor on its team. */
    private List<String> hoursListed(String query) {
        ResponseEntity<JsonNode> list = rest.withBasicAuth("sponsor", "sponsor")
                .getForEntity(entries() + query, JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(list.getBody().spliterator(), false)
                .map(entry -> entry.get("hours").decimalValue().setScale(2).toPlainString()).toList();
    }

    private JsonNode corrections() {
        ResponseEntity<JsonNode> list = rest.withBasicAuth("sponsor", "sponsor")
                .getForEntity(entries() + "/corrections", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list.getBody();
    }

    private Map<String, Object> entry(String workPackage, String hours) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("workPackage", workPackage);
        entry.put("date", today);
        entry.put("hours", Double.valueOf(hours));
        return entry;
    }

    private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
        return rest.withBasicAuth(user, user).postForEntity(entries(), body, JsonNode.class);
    }

    private String entries() {
        return "/api/projects/" + key + "/time-entries";
    }
}
