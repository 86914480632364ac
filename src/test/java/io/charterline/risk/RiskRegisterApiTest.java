package io.charterline.risk;

import static io.charterline.support.BadRequests.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.monitoring.TestProjects;
import io.charterline.notification.Notifications;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskRegisterApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    ProjectRegistry projectRegistry;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    RiskRegister register;

    TestProjects testProjects;
    Project project;

    @BeforeEach
    void registerProject() {
        testProjects = new TestProjects(projectRepository, keys, transactions);
        project = testProjects.executing("Register");
    }

    @Test
    void projectManagerRecordsARiskWhoseSeverityFollowsFromItsScore() {
        ResponseEntity<JsonNode> created = post("pm", risks(), risk(4, 3));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode risk = created.getBody();
        assertThat(created.getHeaders().getLocation()).hasToString(risks() + "/" + risk.get("id").asLong());
        assertThat(risk.get("score").asInt()).isEqualTo(12);
        assertThat(risk.get("severity").asText()).isEqualTo("HIGH");
        assertThat(risk.get("status").asText()).isEqualTo("OPEN");
        assertThat(risk.get("owner").asText()).isEqualTo("dev1");
        assertThat(risk.get("projectKey").asText()).isEqualTo(project.getKey());
    }

    @Test
    void anyoneSignedInReadsTheRisksHighestScoreFirst() {
        post("pm", risks(), risk(1, 2));
        post("pm", risks(), risk(5, 4));

        ResponseEntity<JsonNode> list = get("dev1", risks());

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).extracting(node -> node.get("score").asInt()).containsExactly(20, 2);
    }

    @Test
    void riskWithBadFieldsIsRejectedNamingEachOne() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", " ");
        bad.put("probability", 6);
        bad.put("impact", 2.5);
        bad.put("owner", "nobody");
        bad.put("status", "DONE");

        ResponseEntity<JsonNode> response = post("pm", risks(), bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("title", "probability", "impact", "owner", "status");
        assertThat(response.getBody().get("detail").asText())
                .contains("probability: must be a whole number from 1 (rare) to 5 (almost certain), not 6")
                .contains("owner: 'nobody' is not a known user id")
                .contains("status: must be one of OPEN, MITIGATED, CLOSED, not 'DONE'");
        assertThat(get("pm", risks()).getBody()).isEmpty();
    }

    @Test
    void updateReplacesTheRiskAndRecomputesItsSeverity() {
        long id = post("pm", risks(), risk(4, 4)).getBody().get("id").asLong();
        Map<String, Object> lowered = risk(1, 3);
        lowered.put("response", "Second supplier under contract");
        lowered.put("status", "MITIGATED");

        ResponseEntity<JsonNode> updated = put("sponsor", risks() + "/" + id, lowered);

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("severity").asText()).isEqualTo("LOW");
        assertThat(get("dev2", risks() + "/" + id).getBody().get("status").asText()).isEqualTo("MITIGATED");
    }

    @Test
    void updateMustStateTheStatus() {
        long id = post("pm", risks(), risk(2, 2)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> response = put("pm", risks() + "/" + id, risk(2, 2));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("status");
    }

    @Test
    void unknownFieldIsRejectedByName() {
        Map<String, Object> body = risk(2, 2);
        body.put("likelihood", 3);

        ResponseEntity<JsonNode> response = post("pm", risks(), body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("likelihood");
    }

    @Test
    void unknownProjectIsNotFound() {
        assertThat(get("pm", "/api/projects/PRJ-1999-0001/risks").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("pm", "/api/projects/PRJ-1999-0001/risks", risk(2, 2)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("pm", "/api/projects/PRJ-1999-0001/issues").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void riskOfAnotherProjectIsNotFoundUnderThisOne() {
        Project other = testProjects.executing("Other");
        long id = post("pm", "/api/projects/" + other.getKey() + "/risks", risk(2, 2)).getBody().get("id").asLong();

        assertThat(get("pm", risks() + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("pm", risks() + "/" + id, risk(2, 2)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void someoneNotBookedOnTheProjectMayReadButNotWrite() {
        ResponseEntity<JsonNode> response = post("dev1", risks(), risk(2, 2));

        assertThat(get("dev1", risks()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText())
                .contains("User 'dev1' may not change the risk and issue register of " + project.getKey())
                .contains("project manager (pm), its sponsor (sponsor), the PMO, administrators and, for a new "
                        + "open entry, the people booked on the project may");
    }

    @Test
    void aTeamMemberBookedOnTheProjectRaisesAnOpenRiskAndIssue() {
        bookOnProject("dev1");

        ResponseEntity<JsonNode> risk = post("dev1", risks(), risk(4, 4));
        ResponseEntity<JsonNode> issue = post("dev1", issues(), issue("HIGH"));

        assertThat(risk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(risk.getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(issue.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issue.getBody().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void theRegisterShowsWhoRaisedEachEntry() {
        bookOnProject("dev1");
        long riskId = post("dev1", risks(), risk(4, 4)).getBody().get("id").asLong();
        long issueId = post("pm", issues(), issue("HIGH")).getBody().get("id").asLong();

        assertThat(get("sponsor", risks() + "/" + riskId).getBody().get("raisedBy").asText()).isEqualTo("dev1");
        assertThat(get("sponsor", issues()).getBody().get(0).get("raisedBy").asText()).isEqualTo("pm");
        assertThat(get("sponsor", issues() + "/" + issueId).getBody().get("raisedBy").asText()).isEqualTo("pm");
    }

    @Test
    void theProjectManagerIsToldWhenSomeoneElseRaisesAnEntry() {
        bookOnProject("dev1");
        long riskId = post("dev1", risks(), risk(5, 5)).getBody().get("id").asLong();
        post("pm", issues(), issue("LOW"));

        assertThat(notifications.of(project.getKey())).singleElement().satisfies(notice -> {
            assertThat(notice.getEvent()).isEqualTo("RISK_RAISED");
            assertThat(notice.getRecipients()).isEqualTo("pm");
            assertThat(notice.getSubject()).isEqualTo("Dana Developer raised a CRITICAL risk on " + project.getKey()
                    + ": Key supplier fails");
            assertThat(notice.getIdempotencyKey()).endsWith(":risk:" + riskId);
        });
    }

    @Test
    void aTeamMemberMayNotRaiseAnEntryAlreadySettledNorChangeOne() {
        bookOnProject("dev1");
        Map<String, Object> closed = risk(2, 2);
        closed.put("status", "CLOSED");
        long id = post("pm", risks(), risk(3, 3)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> settled = post("dev1", risks(), closed);
        Map<String, Object> update = risk(1, 1);
        update.put("status", "OPEN");
        ResponseEntity<JsonNode> changed = put("dev1", risks() + "/" + id, update);

        assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(settled.getBody().get("detail").asText())
                .contains("status: must be OPEN or left out when a team member raises it; its project manager (pm)");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("pm", risks())).extracting(response -> response.getBody().size()).isEqualTo(1);
    }

    @Test
    void aTeamMembersBadEntryIsRejectedNamingEveryBadFieldWithTheStatusRule() {
        bookOnProject("dev1");
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "");
        bad.put("probability", 7);
        bad.put("impact", 2.5);
        bad.put("status", "DONE");

        ResponseEntity<JsonNode> response = post("dev1", risks(), bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("title", "probability", "impact", "owner", "status");
        assertThat(response.getBody().get("detail").asText())
                .contains("status: must be OPEN or left out when a team member raises it; its project manager (pm)");
    }

    @Test
    void resolvingAnIssueNeedsAClosingNoteAndRecordsWhoResolvedItAndWhen() {
        long id = post("pm", issues(), issue("HIGH")).getBody().get("id").asLong();
        Map<String, Object> resolved = issue("HIGH");
        resolved.put("status", "RESOLVED");

        ResponseEntity<JsonNode> withoutNote = put("pm", issues() + "/" + id, resolved);
        resolved.put("closingNote", "Disk replaced");
        ResponseEntity<JsonNode> withNote = put("sponsor", issues() + "/" + id, resolved);

        assertThat(withoutNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutNote.getBody().get("detail").asText()).endsWith("closingNote: is required when the "
                + "status becomes RESOLVED or CLOSED: why, in at most 200 characters");
        assertThat(withNote.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode stored = get("dev3", issues() + "/" + id).getBody();
        assertThat(stored.get("closingNote").asText()).isEqualTo("Disk replaced");
        assertThat(stored.get("closedBy").asText()).isEqualTo("sponsor");
        assertThat(stored.get("closedAt").isTextual()).as("closedAt %s", stored).isTrue();
    }

    @Test
    void closingARiskRecordsWhyWhoAndWhenAndReopeningItClearsThem() {
        long id = post("pm", risks(), risk(3, 3)).getBody().get("id").asLong();
        Map<String, Object> closed = risk(3, 3);
        closed.put("status", "CLOSED");
        closed.put("closingNote", "Supplier replaced");
        Map<String, Object> reopened = risk(3, 3);
        reopened.put("status", "OPEN");

        JsonNode closedRisk = put("pm", risks() + "/" + id, closed).getBody();
        JsonNode reopenedRisk = put("pm", risks() + "/" + id, reopened).getBody();

        assertThat(closedRisk.get("closingNote").asText()).isEqualTo("Supplier replaced");
        assertThat(closedRisk.get("closedBy").asText()).isEqualTo("pm");
        assertThat(closedRisk.get("closedAt").isTextual()).isTrue();
        assertThat(reopenedRisk.hasNonNull("closingNote")).isFalse();
        assertThat(reopenedRisk.hasNonNull("closedBy")).isFalse();
        assertThat(reopenedRisk.hasNonNull("closedAt")).isFalse();
    }

    @Test
    void aClosingNoteBesideAnOpenStatusIsRefusedRatherThanLost() {
        long id = post("pm", risks(), risk(3, 3)).getBody().get("id").asLong();
        Map<String, Object> mitigated = risk(3, 3);
        mitigated.put("status", "MITIGATED");
        mitigated.put("closingNote", "Second supplier signed");

        ResponseEntity<JsonNode> response = put("pm", risks() + "/" + id, mitigated);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).endsWith("closingNote: is only taken with status "
                + "CLOSED; leave it out while the entry is open");
        assertThat(get("pm", risks() + "/" + id).getBody().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void entriesClosedByTheProjectsEndSayTheCloseoutClosedThem() {
        long riskId = post("pm", risks(), risk(3, 3)).getBody().get("id").asLong();
        long issueId = post("pm", issues(), issue("LOW")).getBody().get("id").asLong();

        register.closeWithProject(project.getKey(), ProjectStatus.CLOSED);

        JsonNode risk = get("pm", risks() + "/" + riskId).getBody();
        JsonNode issue = get("pm", issues() + "/" + issueId).getBody();
        assertThat(risk.get("closingNote").asText()).startsWith("Still OPEN when the project was closed");
        assertThat(risk.get("closedBy").asText()).isEqualTo("closeout");
        assertThat(risk.get("closedAt").isTextual()).isTrue();
        assertThat(issue.get("closedBy").asText()).isEqualTo("closeout");
    }

    @Test
    void projectManagerOfAnotherProjectMayNotWrite() {
        Project someoneElses = testProjects.create("Someone else's", "pm2", "sponsor", BigDecimal.TEN,
                ProjectStatus.EXECUTING);

        assertThat(post("pm", "/api/projects/" + someoneElses.getKey() + "/risks", risk(2, 2)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("pm", "/api/projects/" + someoneElses.getKey() + "/issues", issue("HIGH")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void sponsorPmoAndAdministratorsMayWrite() {
        assertThat(post("sponsor", risks(), risk(2, 2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("pmo", risks(), risk(2, 2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("admin", risks(), risk(2, 2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aClosedProjectTakesNoNewRiskOrIssue() {
        Project closed = testProjects.create("Closed", "pm", "sponsor", BigDecimal.TEN, ProjectStatus.CLOSED);
        String register = "/api/projects/" + closed.getKey();

        ResponseEntity<JsonNode> risk = post("pm", register + "/risks", risk(2, 2));
        ResponseEntity<JsonNode> issue = post("pm", register + "/issues", issue("HIGH"));

        assertThat(risk.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(risk.getBody().get("detail").asText()).contains("is CLOSED");
        assertThat(issue.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aClosedProjectsRisksAndIssuesCanBeReadButNotChanged() {
        long riskId = post("pm", risks(), risk(2, 2)).getBody().get("id").asLong();
        long issueId = post("pm", issues(), issue("HIGH")).getBody().get("id").asLong();
        projectRegistry.moveTo(project.getKey(), ProjectStatus.CLOSED);
        Map<String, Object> mitigated = risk(1, 1);
        mitigated.put("status", "MITIGATED");
        Map<String, Object> resolved = issue("LOW");
        resolved.put("status", "RESOLVED");

        ResponseEntity<JsonNode> riskUpdate = put("pm", risks() + "/" + riskId, mitigated);
        ResponseEntity<JsonNode> issueUpdate = put("pm", issues() + "/" + issueId, resolved);

        assertThat(riskUpdate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(riskUpdate.getBody().get("detail").asText())
                .isEqualTo("Project " + project.getKey() + " is CLOSED; a risk can be changed only while a project"
                        + " is active (not CLOSED, TERMINATED or REJECTED)");
        assertThat(issueUpdate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(issueUpdate.getBody().get("detail").asText()).contains("is CLOSED; an issue can be changed");
        ResponseEntity<JsonNode> riskRead = get("pm", risks() + "/" + riskId);
        assertThat(riskRead.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(riskRead.getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(get("pm", issues() + "/" + issueId).getBody().get("severity").asText()).isEqualTo("HIGH");
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        assertThat(rest.getForEntity(risks(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void projectManagerRecordsAnIssueAndResolvesIt() {
        ResponseEntity<JsonNode> created = post("pm", issues(), issue("CRITICAL"));
        long id = created.getBody().get("id").asLong();
        Map<String, Object> resolved = issue("CRITICAL");
        resolved.put("status", "RESOLVED");
        resolved.put("closingNote", "Test environment rebuilt");

        ResponseEntity<JsonNode> updated = put("pm", issues() + "/" + id, resolved);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(updated.getBody().get("status").asText()).isEqualTo("RESOLVED");
        assertThat(get("dev3", issues() + "/" + id).getBody().get("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void issuesAreListedMostSevereFirst() {
        post("pm", issues(), issue("LOW"));
        post("pm", issues(), issue("CRITICAL"));
        post("pm", issues(), issue("MEDIUM"));

        assertThat(get("requester", issues()).getBody()).extracting(node -> node.get("severity").asText())
                .containsExactly("CRITICAL", "MEDIUM", "LOW");
    }

    @Test
    void issueWithBadFieldsIsRejectedNamingEachOne() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "x".repeat(201));
        bad.put("severity", "URGENT");
        bad.put("status", "DONE");

        ResponseEntity<JsonNode> response = post("pm", issues(), bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("title", "severity", "owner", "status");
        assertThat(response.getBody().get("detail").asText())
                .contains("severity: must be one of LOW, MEDIUM, HIGH, CRITICAL, not 'URGENT'")
                .contains("status: must be one of OPEN, RESOLVED, CLOSED, not 'DONE'");
    }

    @Test
    void someoneNotBookedOnTheProjectMayNotRecordAnIssue() {
        assertThat(post("dev1", issues(), issue("LOW")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRiskWithAValueOfTheWrongTypeIsRefusedNamingItAndTheBrokenRulesInOneAnswer() {
        Map<String, Object> bad = risk(2, 2);
        bad.put("probability", "high");
        bad.put("owner", "nobody");

        ResponseEntity<JsonNode> response = post("pm", risks(), bad);

        assertThat(errors(response)).containsExactly(
                "probability: must be a number, not 'high'",
                "owner: 'nobody' is not a known user id");
        assertThat(get("pm", risks()).getBody()).isEmpty();
    }

    @Test
    void aRiskWithANumberForItsTitleAndAFractionForItsProbabilityIsRefusedNamingBothInOneAnswer() {
        Map<String, Object> bad = risk(2, 2);
        bad.put("title", 12345);
        bad.put("probability", 2.5);

        ResponseEntity<JsonNode> response = post("pm", risks(), bad);

        assertThat(errors(response)).containsExactly(
                "title: must be text, not 12345",
                "probability: must be a whole number from 1 (rare) to 5 (almost certain), not 2.5");
        assertThat(get("pm", risks()).getBody()).isEmpty();
    }

    @Test
    void aRiskReplacedWithAValueOfTheWrongTypeIsRefusedNamingTheRulesOfTheChange() {
        long id = post("pm", risks(), risk(2, 2)).getBody().get("id").asLong();
        Map<String, Object> bad = risk(2, 2);
        bad.put("impact", "severe");

        ResponseEntity<JsonNode> response = put("pm", risks() + "/" + id, bad);

        assertThat(errors(response)).containsExactly(
                "impact: must be a number, not 'severe'",
                "status: is required: one of OPEN, MITIGATED, CLOSED");
    }

    @Test
    void anIssueWithAValueOfTheWrongTypeIsRefusedNamingItAndTheBrokenRulesInOneAnswer() {
        Map<String, Object> bad = issue("HIGH");
        bad.put("severity", List.of("HIGH"));
        bad.remove("owner");

        ResponseEntity<JsonNode> response = post("pm", issues(), bad);

        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("severity", "owner");
        assertThat(get("pm", issues()).getBody()).isEmpty();
    }

    @Test
    void someoneWhoMayNotWriteTheRegisterIsRefusedBeforeTheirBadBodyIsJudged() {
        Map<String, Object> risk = risk(2, 2);
        risk.put("probability", "high");
        Map<String, Object> issue = issue("HIGH");
        issue.put("severity", List.of("HIGH"));
        bookOnProject("dev2");
        long id = post("pm", issues(), issue("LOW")).getBody().get("id").asLong();

        assertThat(post("dev1", risks(), risk).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("dev1", issues(), issue).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("dev2", issues() + "/" + id, issue).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void bookOnProject(String userId) {
        jdbc.update("insert into assignment (project_key, package_code, resource_id, week_start, hours, booked_at) "
                + "select ?, 'WP-1', id, ?, 8, ? from resource where user_id = ?", project.getKey(),
                LocalDate.now(), LocalDateTime.now(), userId);
    }

    private String risks() {
        return "/api/projects/" + project.getKey() + "/risks";
    }

    private String issues() {
        return "/api/projects/" + project.getKey() + "/issues";
    }

    private static Map<String, Object> risk(int probability, int impact) {
        Map<String, Object> risk = new HashMap<>();
        risk.put("title", "Key supplier fails");
        risk.put("description", "Our only supplier of the appliances is in financial trouble");
        risk.put("probability", probability);
        risk.put("impact", impact);
        risk.put("owner", "dev1");
        risk.put("response", "Look for a second supplier");
        return risk;
    }

    private static Map<String, Object> issue(String severity) {
        Map<String, Object> issue = new HashMap<>();
        issue.put("title", "Test environment down");
        issue.put("severity", severity);
        issue.put("owner", "dev2");
        return issue;
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, user).postForEntity(path, body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }
}
