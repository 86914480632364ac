package io.charterline.risk;

import static io.charterline.risk.RaiseRiskOrIssueVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.monitoring.TestProjects;
import io.charterline.notification.Notifications;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tasklist's "Raise a risk or issue": its start form records an entry as our API does, as OPEN with the user who
 * starts it as raiser, under the API's access rule, and tells the project manager; a bad form stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RaiseRiskOrIssueInTasklistTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RiskRegister register;

    @Autowired
    Notifications notifications;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    Project project;

    @BeforeEach
    void executingProject() {
        BpmnAwareTests.init(engine);
        project = new TestProjects(projectRepository, keys, transactions).executing("Register in Tasklist");
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aBookedTeamMemberRaisesAnOpenRiskAndTheProjectManagerIsTold() {
        bookOnProject("dev1");

        ProcessInstance raising = startAs("dev1", risk(4, 4));

        assertThat(raising).isEnded()
                .hasPassed("StartEvent_RiskOrIssueEntered", "Task_RaiseRiskOrIssue", "EndEvent_RiskOrIssueRaised");
        assertThat(register.risks(project.getKey())).singleElement().satisfies(risk -> {
            assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
            assertThat(risk.raisedBy()).isEqualTo("dev1");
            assertThat(risk.severity()).isEqualTo(Severity.HIGH);
            assertThat(risk.owner()).isEqualTo("pm");
        });
        assertThat(notifications.of(project.getKey())).singleElement().satisfies(notice -> {
            assertThat(notice.getEvent()).isEqualTo("RISK_RAISED");
            assertThat(notice.getRecipients()).isEqualTo("pm");
            assertThat(notice.getSubject()).contains("Key supplier fails");
        });
    }

    @Test
    void aBookedTeamMemberRaisesAnOpenIssueAndTheProjectManagerIsTold() {
        bookOnProject("dev1");
        Map<String, Object> form = risk(4, 4);
        form.put(KIND, ISSUE);
        form.put(SEVERITY, "CRITICAL");

        ProcessInstance raising = startAs("dev1", form);

        assertThat(raising).isEnded().hasPassed("Task_RaiseRiskOrIssue", "EndEvent_RiskOrIssueRaised");
        assertThat(register.risks(project.getKey())).isEmpty();
        assertThat(register.issues(project.getKey())).singleElement().satisfies(issue -> {
            assertThat(issue.status()).isEqualTo(IssueStatus.OPEN);
            assertThat(issue.raisedBy()).isEqualTo("dev1");
            assertThat(issue.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(notifications.of(project.getKey())).singleElement()
                .satisfies(notice -> assertThat(notice.getEvent()).isEqualTo("ISSUE_RAISED"));
    }

    @Test
    void aBadFormRefusesTheStartNamingEveryBadFieldByItsLabelAndStoresNothing() {
        bookOnProject("dev1");
        Map<String, Object> form = risk(7, 4);
        form.put(TITLE, " ");
        form.put(OWNER, "nobody");

        String message = catchThrowableOfType(InvalidVariablesException.class, () -> startAs("dev1", form))
                .getMessage();

        assertThat(message).startsWith("Invalid risk or issue: ").contains("Title is required")
                .contains("Probability must be a whole number from 1 (rare) to 5 (almost certain), not 7")
                .contains("Owner 'nobody' is not a known user id");
        assertThat(register.risks(project.getKey())).isEmpty();
        assertThat(notifications.of(project.getKey())).isEmpty();
    }

    @Test
    void someoneNotBookedOnTheProjectIsToldWhoMayRaiseAnEntry() {
        AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
                () -> startAs("dev2", risk(2, 2)));

        assertThat(refused.getMessage()).contains("User 'dev2' may not change the risk and issue register of "
                + project.getKey()).contains("the people booked on the project may");
        assertThat(register.risks(project.getKey())).isEmpty();
    }

    @Test
    void everyoneWhoMayRaiseThroughTheApiFindsRaiseARiskOrIssueInTasklist() {
        for (String group : List.of("team-members", "project-managers", "pmo", "sponsors", "ccb", "requesters")) {
            assertThat(startableInTasklistBy(group)).as(group).contains(PROCESS_KEY);
        }
        assertThat(startableInTasklistBy("process-owners")).doesNotContain(PROCESS_KEY);
    }

    private Map<String, Object> risk(int probability, int impact) {
        Map<String, Object> form = new HashMap<>();
        form.put(PROJECT_KEY, project.getKey());
        form.put(KIND, RISK);
        form.put(TITLE, "Key supplier fails");
        form.put(DESCRIPTION, "Our only supplier of the appliances is in financial trouble");
        form.put(OWNER, "pm");
        form.put(PROBABILITY, String.valueOf(probability));
        form.put(IMPACT, String.valueOf(impact));
        return form;
    }

    /** Starts "Raise a risk or issue" as a team member, the way Tasklist's start form does. */
    private ProcessInstance startAs(String user, Map<String, Object> form) {
        identityService.setAuthentication(user, List.of("team-members"));
        try {
            return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(form).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void bookOnProject(String userId) {
        jdbc.update("insert into assignment (project_key, package_code, resource_id, week_start, hours, booked_at) "
                + "select ?, 'WP-1', id, ?, 8, ? from resource where user_id = ?", project.getKey(),
                LocalDate.now(), LocalDateTime.now(), userId);
    }

    private List<String> startableInTasklistBy(String group) {
        identityService.setAuthentication("someone", List.of(group));
        try {
            return repositoryService.createProcessDefinitionQuery().startableInTasklist().startablePermissionCheck()
                    .latestVersion().active().list().stream().map(ProcessDefinition::getKey).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
