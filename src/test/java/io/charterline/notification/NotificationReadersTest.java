package io.charterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.change.ChangeProposal;
import io.charterline.change.ChangeRequest;
import io.charterline.change.ChangeRequestRepository;
import io.charterline.change.ChangeType;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlanService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.CharterlineWebTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A project's notifications name people and decisions: its people read them all, someone they were sent to reads
 * theirs, anyone else is refused. Each test has a project, a manager, a sponsor and a team of its own.
 */
@CharterlineWebTest
class NotificationReadersTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Notifications notifications;
    @Autowired
    ProjectRepository projects;
    @Autowired
    PlanService planService;
    @Autowired
    BaselineService baselineService;
    @Autowired
    WorkPackageService workPackages;
    @Autowired
    IdentityService identityService;
    @Autowired
    ChangeRequestRepository changeRequests;

    String manager;
    String sponsor;
    String member;
    String requester;
    String outsider;
    String key;

    @BeforeEach
    void projectWithTwoNotices() {
        manager = newUser();
        sponsor = newUser();
        member = newUser();
        requester = newUser();
        outsider = newUser();
        Project project = new Project("PRJ-2097-%04d".formatted(SEQUENCE.incrementAndGet()), manager);
        project.setName("Notice readers");
        project.setObjectives("Objectives");
        project.setBusinessCase("Business case");
        project.setSponsorId(sponsor);
        project.setManagerId(manager);
        project.setBudget(new BigDecimal("50000"));
        project.setTargetStart(LocalDate.of(2026, 3, 2));
        project.setTargetEnd(LocalDate.of(2026, 4, 30));
        project.moveTo(ProjectStatus.PLANNING);
        key = projects.save(project).getKey();
        planService.storeDraft(key, List.of(new WorkPackageSpec("A", "Package A", BigDecimal.valueOf(8), "JAVA", 3,
                List.of())));
        baselineService.buildDraft(key, manager);
        baselineService.approveBaseline(key);
        workPackages.syncFromBaseline(key);
        workPackages.assign(key, "A", member);
        notice("closed", List.of(sponsor, manager), key + " Notice readers is closed");
        notice("change", List.of(requester), "CR-2097-0001 (Export) on " + key + " was cancelled");
    }

    @Test
    void theProjectsPeopleReadAllItsNotifications() {
        for (String reader : List.of(member, manager, sponsor, "pmo", "admin")) {
            ResponseEntity<JsonNode> listed = read(reader);

            assertThat(listed.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(listed.getBody()).as(reader).hasSize(2);
        }
    }

    @Test
    void someoneOutsideTheProjectIsRefusedWithAProblemNamingWhoMayRead() {
        ResponseEntity<JsonNode> refused = read(outsider);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("User '" + outsider
                + "' may not read the notifications of " + key + ": only its team (the people booked on it or "
                + "assigned its work), its project manager (" + manager + "), its sponsor (" + sponsor
                + "), the PMO and administrators may; the requesters of its changes and anyone else it sent a "
                + "notice read only the notices sent to them");
    }

    @Test
    void aChangeRequesterOutsideTheTeamReadsOnlyTheNoticesSentToThem() {
        ResponseEntity<JsonNode> listed = read(requester);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).hasSize(1);
        assertThat(listed.getBody().get(0).get("recipients").asText()).isEqualTo(requester);
        assertThat(listed.getBody().get(0).get("subject").asText()).startsWith("CR-2097-0001 (Export)");
    }

    @Test
    void aChangeRequesterReadsAnEmptyListBeforeTheFirstNoticeIsSentToThem() {
        String newRequester = newUser();
        Long projectId = projects.findByKey(key).orElseThrow().getId();
        changeRequests.save(new ChangeRequest("CR-2097-%04d".formatted(SEQUENCE.incrementAndGet()), projectId,
                new ChangeProposal("Export", "Export to CSV", "Users ask for it", ChangeType.NORMAL, newRequester,
                        List.of(), BigDecimal.ZERO, null, List.of(), Instant.parse("2097-05-01T20:00:00Z"),
                        Instant.parse("2097-05-01T22:00:00Z"))));

        ResponseEntity<JsonNode> listed = read(newRequester);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).isEmpty();
    }

    private ResponseEntity<JsonNode> read(String user) {
        return rest.withBasicAuth(user, user).getForEntity("/api/projects/" + key + "/notifications",
                JsonNode.class);
    }

    private void notice(String what, List<String> recipients, String subject) {
        notifications.send(new NotificationMessage(key + ":" + what, "TEST_" + what.toUpperCase(), key,
                "Notice readers", "EXECUTING", subject, recipients, List.of(), "/api/projects/" + key));
    }

    /** A user whose password is their id. */
    private String newUser() {
        String id = "notice-" + SEQUENCE.incrementAndGet();
        User user = identityService.newUser(id);
        user.setFirstName("Reader");
        user.setLastName(id);
        user.setPassword(id);
        identityService.saveUser(user);
        return id;
    }
}
