package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Assignment against the database. Each test brings its own skill, so the people it creates are the only
 * candidates whatever else the shared test database holds. March 2027: the 1st and 8th are Mondays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssignmentServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate WEEK_1 = LocalDate.of(2027, 3, 1);
    private static final LocalDate WEEK_2 = LocalDate.of(2027, 3, 8);

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    ResourceRepository resources;

    @Autowired
    ProjectRepository projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate rest;

    private String skill;

    @BeforeEach
    void ownSkill() {
        skill = "TEST_SKILL_" + SEQUENCE.incrementAndGet();
        jdbc.update("INSERT INTO skill (code, name, hourly_rate) VALUES (?, ?, 100)", skill, "Test skill " + skill);
    }

    @Test
    void aSecondProjectCannotBookHoursTheFirstHoldsOnTheSpecialist() {
        String specialist = person(40, "140");
        String first = project();
        String second = project();

        AssignmentResult firstResult = assignmentService.assign(first, List.of(demand("A-1", "30", WEEK_1)));
        AssignmentResult secondResult = assignmentService.assign(second, List.of(demand("B-1", "20", WEEK_1)));

        assertThat(firstResult.assignees()).isEqualTo(Map.of("A-1", specialist));
        assertThat(secondResult.assignments()).isEmpty();
        assertThat(secondResult.gaps()).extracting(StaffingGap::packageCode, StaffingGap::closestCandidate,
                StaffingGap::hoursMissing).containsExactly(tuple("B-1", specialist, new BigDecimal("10.00")));
    }

    @Test
    void releasingAProjectFreesItsCapacityForOthers() {
        String specialist = person(40, "140");
        String first = project();
        String second = project();
        assignmentService.assign(first, List.of(demand("A-1", "30", WEEK_1)));

        assertThat(assignmentService.release(first)).isEqualTo(1);
        AssignmentResult secondResult = assignmentService.assign(second, List.of(demand("B-1", "20", WEEK_1)));

        assertThat(secondResult.assignees()).isEqualTo(Map.of("B-1", specialist));
        assertThat(assignmentService.assignmentsOf(first)).isEmpty();
    }

    @Test
    void aClosedProjectNoLongerHoldsCapacity() {
        String specialist = person(40, "140");
        String first = project();
        String second = project();
        assignmentService.assign(first, List.of(demand("A-1", "30", WEEK_1)));

        close(first);

        assertThat(assignmentService.assign(second, List.of(demand("B-1", "20", WEEK_1))).assignees())
                .isEqualTo(Map.of("B-1", specialist));
    }

    @Test
    void staffingAProjectAgainReplacesItsEarlierBookings() {
        String specialist = person(40, "140");
        String project = project();
        assignmentService.assign(project, List.of(demand("A-1", "30", WEEK_1)));

        AssignmentResult again = assignmentService.assign(project, List.of(demand("A-1", "35", WEEK_1)));

        assertThat(again.fullyStaffed()).isTrue();
        assertThat(assignmentService.assignmentsOf(project))
                .extracting(ProjectAssignment::packageCode, ProjectAssignment::userId, ProjectAssignment::hours)
                .containsExactly(tuple("A-1", specialist, new BigDecimal("35.00")));
    }

    @Test
    void daysAwayAreCountedAgainstTheWeek() {
        String away = person(40, "100", new Unavailability(WEEK_1, WEEK_1.plusDays(2), "Training"));
        String project = project();

        AssignmentResult result = assignmentService.assign(project, List.of(demand("A-1", "20", WEEK_1)));

        assertThat(result.gaps()).extracting(StaffingGap::closestCandidate, StaffingGap::hoursMissing)
                .containsExactly(tuple(away, new BigDecimal("4.00")));
    }

    @Test
    void badDemandsAreRefusedNamingEachFieldAndNothingIsReleased() {
        person(40, "100");
        String project = project();
        assignmentService.assign(project, List.of(demand("A-1", "30", WEEK_1)));
        List<StaffingDemand> bad = List.of(
                new StaffingDemand("A-2", "COBOL", 3, new BigDecimal("10"), WEEK_1, WEEK_1),
                new StaffingDemand("A-3", skill, 6, BigDecimal.ZERO, WEEK_1.plusDays(5), WEEK_1.plusDays(6)));

        assertThatThrownBy(() -> assignmentService.assign(project, bad))
                .isInstanceOfSatisfying(InvalidVariablesException.class, invalid ->
                        assertThat(invalid.fields()).extracting(InvalidField::field).containsExactly(
                                "workPackages[A-2].skill", "workPackages[A-3].minLevel", "workPackages[A-3].hours",
                                "workPackages[A-3].plannedFinish"));
        assertThat(assignmentService.assignmentsOf(project)).hasSize(1);
    }

    @Test
    void onlyKnownActiveProjectsCanBookPeople() {
        String closed = project();
        close(closed);
        List<StaffingDemand> demands = List.of(demand("A-1", "8", WEEK_1));

        assertThatThrownBy(() -> assignmentService.assign("NO-SUCH", demands)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignmentService.assign(closed, demands)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAssignmentByHandMayOverbookAndTheLoadShowsTheOverload() {
        String person = person(32, "100", new Unavailability(WEEK_2, WEEK_2, "Dentist"));
        String project = project();
        assignmentService.assign(project, List.of(demand("A-1", "20", WEEK_1)));

        List<WeeklyLoad> load = assignmentService.assignByHand(project,
                new StaffingDemand("A-2", skill, 1, new BigDecimal("60"), WEEK_1, WEEK_2.plusDays(4)), person);

        // 30 h a week on top of week 1's 20 h; week 2 has 32 - 8 = 24 h of capacity.
        assertThat(load).extracting(WeeklyLoad::weekStart, WeeklyLoad::capacityHours, WeeklyLoad::bookedHours,
                        WeeklyLoad::overloadHours)
                .containsExactly(tuple(WEEK_1, new BigDecimal("32.00"), new BigDecimal("50.00"),
                                new BigDecimal("18.00")),
                        tuple(WEEK_2, new BigDecimal("24.00"), new BigDecimal("30.00"), new BigDecimal("6.00")));
        assertThat(assignmentService.portfolioLoad(WEEK_1, WEEK_2.plusDays(6)))
                .filteredOn(week -> week.userId().equals(person)).isEqualTo(load);
    }

    @Test
    void theLoadOfAPersonListsEveryWeekBookedOrNot() {
        String person = person(40, "100");
        assignmentService.assign(project(), List.of(demand("A-1", "12", WEEK_2)));

        assertThat(assignmentService.loadOf(person, WEEK_1.plusDays(3), WEEK_2.plusDays(1)))
                .extracting(WeeklyLoad::weekStart, WeeklyLoad::bookedHours)
                .containsExactly(tuple(WEEK_1, new BigDecimal("0.00")), tuple(WEEK_2, new BigDecimal("12.00")));
    }

    @Test
    void anAssignmentByHandNeedsAnActivePersonOfThePool() {
        String project = project();
        assertThatThrownBy(() -> assignmentService.assignByHand(project, demand("A-1", "8", WEEK_1), "ghost"))
                .isInstanceOfSatisfying(InvalidVariablesException.class, invalid ->
                        assertThat(invalid.fields()).extracting(InvalidField::field).containsExactly("userId"));
    }

    @Test
    void theApiShowsTheProjectsAssignmentsAndThePortfolioLoad() {
        String person = person(40, "100");
        String project = project();
        assignmentService.assign(project, List.of(demand("A-1", "16", WEEK_1)));

        JsonNode assignments = rest.withBasicAuth("pm", "pm")
                .getForObject("/api/projects/" + project + "/assignments", JsonNode.class);
        ResponseEntity<JsonNode> load = rest.withBasicAuth("pm", "pm").getForEntity(
                "/api/resource-load?from=" + WEEK_1 + "&to=" + WEEK_1.plusDays(4), JsonNode.class);

        assertThat(assignments.get(0).get("userId").asText()).isEqualTo(person);
        assertThat(assignments.get(0).get("weeks").get(0).get("hours").decimalValue()).isEqualByComparingTo("16");
        assertThat(load.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(load.getBody().findParents("userId")).filteredOn(node -> node.get("userId").asText().equals(person))
                .singleElement().satisfies(node -> assertThat(node.get("bookedHours").decimalValue())
                        .isEqualByComparingTo("16"));
        assertThat(rest.withBasicAuth("pm", "pm").getForEntity(
                "/api/resource-load?from=" + WEEK_2 + "&to=" + WEEK_1, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theResourceLoadIsForThoseWhoPlanPeople() {
        String load = "/api/resource-load?from=" + WEEK_1 + "&to=" + WEEK_1.plusDays(4);

        for (String planner : List.of("pmo", "pm", "admin")) {
            assertThat(rest.withBasicAuth(planner, planner).getForEntity(load, JsonNode.class).getStatusCode())
                    .as(planner).isEqualTo(HttpStatus.OK);
        }
        for (String other : List.of("dev1", "requester", "sponsor", "ccb3")) {
            ResponseEntity<JsonNode> refused = rest.withBasicAuth(other, other).getForEntity(load, JsonNode.class);
            assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
            assertThat(refused.getBody().get("detail").asText()).isEqualTo("User '" + other + "' may not read the "
                    + "resource load: it shows people's booked hours across the portfolio, for those who plan people: "
                    + "the PMO (pmo), project managers (project-managers) and administrators (camunda-admin) may");
        }
    }

    @Test
    void aProjectsAssignmentsAreForItsPeople() {
        String project = project();
        assignmentService.assignByHand(project, demand("A-1", "16", WEEK_1), "dev2");
        String assignments = "/api/projects/" + project + "/assignments";

        for (String reader : List.of("dev2", "pm", "sponsor", "pmo")) {
            assertThat(rest.withBasicAuth(reader, reader).getForEntity(assignments, JsonNode.class).getStatusCode())
                    .as(reader).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<JsonNode> refused = rest.withBasicAuth("dev1", "dev1").getForEntity(assignments,
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText())
                .startsWith("User 'dev1' may not read the assignments of " + project + ": only its team");
    }

    private StaffingDemand demand(String code, String hours, LocalDate weekStart) {
        return new StaffingDemand(code, skill, 3, new BigDecimal(hours), weekStart, weekStart.plusDays(4));
    }

    private String person(int weeklyHours, String rate, Unavailability... away) {
        String userId = "assign-" + SEQUENCE.incrementAndGet();
        Resource resource = new Resource(userId);
        resource.setName("Person " + userId);
        resource.setWeeklyCapacityHours(weeklyHours);
        resource.setHourlyCostRate(new BigDecimal(rate));
        resource.setSkills(List.of(new SkillLevel(skill, 4)));
        resource.setUnavailability(List.of(away));
        resources.save(resource);
        return userId;
    }

    private String project() {
        Project project = new Project("RES-" + SEQUENCE.incrementAndGet(), "pm");
        project.setName("Assignment test");
        project.setObjectives("Test staffing");
        project.setBusinessCase("Tests");
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(new BigDecimal("100000"));
        project.setTargetStart(WEEK_1);
        project.setTargetEnd(WEEK_1.plusMonths(6));
        return projects.save(project).getKey();
    }

    private void close(String projectKey) {
        Project project = projects.findByKey(projectKey).orElseThrow();
        project.moveTo(ProjectStatus.CLOSED);
        projects.save(project);
    }
}
