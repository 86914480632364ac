package io.charterline.project;

import io.charterline.charter.CharterInput;
import io.charterline.charter.CharterVariables;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.time.ReplayClock;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import io.charterline.platform.web.InvalidVariablesException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** Runs the real lifecycle model on the real engine with the real delegates; coverage is measured per class. */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class LifecycleTestSupport {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected IdentityService identityService;

    @Autowired
    protected ProjectRepository projects;

    @Autowired
    protected ReplayClock clock;

    /** A project name and a comment whose Markdown and HTML a form would render, and how a form must show them. */
    protected static final String SPOOFED_NAME = "Office move [approved by CFO](http://example.org) "
            + "**Budget $5,000.00 only**";
    protected static final String ESCAPED_NAME = "Office move \\[approved by CFO\\]\\(http://example.org\\) "
            + "\\*\\*Budget $5,000.00 only\\*\\*";
    protected static final String SPOOFED_COMMENT = "# Approved <b>by the board</b>, see [minutes](http://example.org)";
    protected static final String ESCAPED_COMMENT = "\\# Approved \\<b\\>by the board\\</b\\>, "
            + "see \\[minutes\\]\\(http://example.org\\)";

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    protected static CharterBuilder charter() {
        return new CharterBuilder();
    }

    /** Starts the lifecycle as the demo requester would from Tasklist's start form. */
    protected ProcessInstance startProject(CharterBuilder charter) {
        identityService.setAuthentication("requester", List.of(CharterlineGroups.REQUESTERS));
        try {
            return runtimeService.createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
                    .setVariables(CharterVariables.write(charter.build()))
                    .execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The variables a task's Camunda Form is filled from and its text components show, as Tasklist loads them. */
    protected Map<String, Object> formVariables(String taskId) {
        return engine.getFormService().getTaskFormVariables(taskId);
    }

    /** The project key the lifecycle gave the instance (its business key), also after the instance ended. */
    protected String projectKey(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey();
    }

    protected Project registeredProject(ProcessInstance instance) {
        return projects.findByKey(projectKey(instance)).orElseThrow();
    }

    protected void assertProjectStatus(ProcessInstance instance, ProjectStatus expected) {
        Assertions.assertThat(registeredProject(instance).getStatus()).as("project status").isEqualTo(expected);
    }

    /**
     * Asserts that the engine refused the call because of bad input: our InvalidVariablesException, possibly
     * wrapped by the engine (task listeners), whose message names the field.
     */
    protected static void assertRefused(ThrowingCallable call, String expectedMessage) {
        Assertions.assertThat(refusal(call)).contains(expectedMessage);
    }

    /** The message of the bad-input refusal the call raises. */
    protected static String refusal(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof InvalidVariablesException)) {
            cause = cause.getCause();
        }
        Assertions.assertThat(cause).as("bad input refusal in %s", thrown).isNotNull();
        return cause.getMessage();
    }

    /** A valid charter with defaults; tests override what their path needs. */
    public static class CharterBuilder {
        private String name = "Order entry renewal";
        private String objectives = "Renew order entry";
        private BigDecimal budget = new BigDecimal("120000");
        private LocalDate start = LocalDate.now().plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        private LocalDate end = start.plusDays(144);
        private List<String> services = List.of();
        private boolean strategic;

        public CharterBuilder name(String name) {
            this.name = name;
            return this;
        }

        public CharterBuilder objectives(String objectives) {
            this.objectives = objectives;
            return this;
        }

        public CharterBuilder budget(long budget) {
            this.budget = BigDecimal.valueOf(budget);
            return this;
        }

        public CharterBuilder dates(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public CharterBuilder services(String... keys) {
            this.services = List.of(keys);
            return this;
        }

        public CharterBuilder strategic() {
            this.strategic = true;
            return this;
        }

        public CharterInput build() {
            return new CharterInput(name, objectives, "Support for the old system ends", "sponsor", "pm",
                    budget, start, end, services, strategic);
        }
    }
}
