package io.charterline.time;

import static io.charterline.time.BookHoursVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.platform.web.InvalidVariablesException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's "Book hours": its start form books a day's hours as our API does, for the user who starts it, with
 * the API's rules; a bad form names every bad field as the form shows it and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TimeEntryFixtures.class)
class BookHoursInTasklistTest {

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    Clock clock;

    String member;
    String colleague;
    String key;
    LocalDate today;

    @BeforeEach
    void projectWithReleasedWork() {
        BpmnAwareTests.init(engine);
        member = fixtures.newMember();
        colleague = fixtures.newMember();
        key = fixtures.projectWithReleasedWork(member, colleague);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aTeamMemberBooksTheDaysHoursInTasklistAsTheirOwnTimeEntry() {
        ProcessInstance booking = startAs(member, "team-members", form("A", today.toString(), 6.5));

        assertThat(booking).isEnded().hasPassed("StartEvent_HoursEntered", "Task_BookHours", "EndEvent_HoursBooked");
        assertThat(timeEntries.list(key, null, "A")).singleElement().satisfies(entry -> {
            assertThat(entry.person()).isEqualTo(member);
            assertThat(entry.bookedBy()).isEqualTo(member);
            assertThat(entry.date()).isEqualTo(today);
            assertThat(entry.hours()).isEqualByComparingTo("6.5");
            assertThat(entry.note()).isEqualTo("Wrote the parser");
        });
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(booking.getId()).singleResult().getBusinessKey()).isEqualTo(key);
    }

    @Test
    void aBadFormRefusesTheStartNamingEveryBadFieldByItsLabelAndStoresNothing() {
        Map<String, Object> form = form("A", today.plusDays(1).toString(), 24.5);
        form.put(NOTE, "x".repeat(4001));

        String message = refusal(member, form);

        assertThat(message).startsWith("Invalid time entry: ")
                .contains("Date must not be in the future: got " + today.plusDays(1))
                .contains("Hours must be more than 0 and at most 24, got 24.5")
                .contains("Note ");
        assertThat(timeEntries.list(key, null, null)).isEmpty();
    }

    @Test
    void aDateTheFormCannotReadAndAnUnknownPackageAreNamedTogether() {
        String message = refusal(member, form("Z", "12/14/2026", 2));

        assertThat(message).contains("Date must be a day such as 2026-11-24, got '12/14/2026'")
                .contains("Work package: project " + key + " has no work package 'Z'")
                .doesNotContain("Date is required");
        assertThat(timeEntries.list(key, null, null)).isEmpty();
    }

    @Test
    void someoneBooksOnlyOnTheirOwnPackage() {
        String message = refusal(colleague, form("A", today.toString(), 2));

        assertThat(message).contains("Work package A is assigned to Team " + member + ", not to you")
                .doesNotContain(colleague);
        assertThat(timeEntries.list(key, null, null)).isEmpty();
    }

    @Test
    void hoursBeyondTheDayAreRefusedTellingTheStarterWhatTheyAlreadyBookedThatDay() {
        startAs(member, "team-members", form("A", today.toString(), 7));

        String message = refusal(member, form("A", today.toString(), 20));

        assertThat(message).isEqualTo("Invalid time entry: Hours: you already have 7 h booked on " + today
                + " across all projects; at most 17 h more fit into the day, got 20.0");
        assertThat(timeEntries.list(key, null, null)).hasSize(1);
    }

    @Test
    void anUnknownProjectIsNamedByTheProjectField() {
        Map<String, Object> form = form("A", today.toString(), 2);
        form.put(PROJECT_KEY, "PRJ-2099-9999");

        assertThat(refusal(member, form)).contains("Project 'PRJ-2099-9999' is no project");
    }

    @Test
    void everyoneWhoMayBookHoursThroughTheApiFindsBookHoursInTasklist() {
        for (String group : List.of("team-members", "project-managers", "pmo", "sponsors", "ccb", "requesters")) {
            assertThat(startableInTasklistBy("someone", group)).as(group).contains(PROCESS_KEY);
        }
        assertThat(startableInTasklistBy("owner", "process-owners")).doesNotContain(PROCESS_KEY);
    }

    private Map<String, Object> form(String workPackage, String date, double hours) {
        Map<String, Object> form = new HashMap<>();
        form.put(PROJECT_KEY, " " + key + " ");
        form.put(WORK_PACKAGE, workPackage);
        form.put(DATE, date);
        form.put(HOURS, hours);
        form.put(NOTE, "Wrote the parser");
        return form;
    }

    /** Starts "Book hours" as the given user of the given group, the way Tasklist's start form does. */
    private ProcessInstance startAs(String user, String group, Map<String, Object> form) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(form).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String refusal(String user, Map<String, Object> form) {
        return catchThrowableOfType(InvalidVariablesException.class, () -> startAs(user, "team-members", form))
                .getMessage();
    }

    private List<String> startableInTasklistBy(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return repositoryService.createProcessDefinitionQuery().startableInTasklist().startablePermissionCheck()
                    .latestVersion().active().list().stream().map(ProcessDefinition::getKey).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
