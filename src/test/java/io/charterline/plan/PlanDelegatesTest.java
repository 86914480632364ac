package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The plan step's delegates on the real engine, through a model holding only that step. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanDelegatesTest {

    private static final String PROCESS = "plan-baseline-test";
    private static final String CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Design,16,ARCHITECTURE,4,
            WP-2,Build,24,JAVA,3,WP-1
            """;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ProjectRepository projects;

    @Autowired
    PlanService planService;

    @Autowired
    BaselineService baselineService;

    @Autowired
    WorkPackageService workPackageService;

    @BeforeEach
    void deployThePlanStep() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().addClasspathResource("plan/plan-baseline-test.bpmn").deploy();
        }
    }

    @Test
    void planFromTheFormBecomesDraftBaselineV1WithGateVariables() {
        String key = project("5000");

        ProcessInstance instance = start(key, CSV);

        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables.get(PlanVariables.BASELINE_VERSION)).isEqualTo(1);
        // 16 x 140 + 24 x 110
        assertThat(variables.get(PlanVariables.BUDGET_AT_COMPLETION)).isEqualTo(4880.0);
        assertThat(variables.get(PlanVariables.PLANNED_FINISH)).isEqualTo("2026-03-06");
        assertThat(variables.get(PlanVariables.OVER_BUDGET)).isEqualTo(false);
        assertThat(variables.get(PlanVariables.BASELINE_SUMMARY)).isEqualTo("""
                2 work packages, 40 hours, 5 working days from 2026-03-02.
                Budget at completion $4,880.00 against the charter budget $5,000.00: within budget, $120.00 to spare.
                Planned finish 2026-03-06 against the target end 2026-04-01: 26 calendar days early.
                Critical path (2 packages): WP-1 -> WP-2""");
        assertThat(baselineService.currentBaseline(key)).get().extracting(Baseline::status)
                .isEqualTo(BaselineStatus.DRAFT);
    }

    @Test
    void budgetAtCompletionAboveTheCharterBudgetIsFlagged() {
        String key = project("4000");

        ProcessInstance instance = start(key, CSV);

        assertThat(runtimeService.getVariable(instance.getId(), PlanVariables.OVER_BUDGET)).isEqualTo(true);
        assertThat((String) runtimeService.getVariable(instance.getId(), PlanVariables.BASELINE_SUMMARY))
                .contains("against the charter budget $4,000.00: OVER BUDGET by $880.00.");
    }

    @Test
    void withoutAFormPlanTheUploadedDraftIsUsed() {
        String key = project("5000");
        planService.storeDraft(key, List.of(CriticalPathSchedulerTest.wp("UP-1", 80)));

        ProcessInstance instance = start(key, "  ");

        assertThat(runtimeService.getVariable(instance.getId(), PlanVariables.PLANNED_FINISH))
                .isEqualTo("2026-03-13");
        assertThat(baselineService.currentBaseline(key).orElseThrow().plan().specs())
                .extracting(WorkPackageSpec::code).containsExactly("UP-1");
    }

    @Test
    void withNeitherFormPlanNorUploadTheFormIsRefused() {
        String key = project("5000");

        InvalidVariablesException error = catchThrowableOfType(InvalidVariablesException.class,
                () -> start(key, null));

        assertThat(error.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(PlanVariables.WORK_PACKAGES_CSV);
            assertThat(field.message()).contains("POST /api/projects/" + key + "/work-packages");
        });
    }

    @Test
    void invalidFormPlanIsRefusedWithEveryFieldAndStoresNothing() {
        String key = project("5000");

        InvalidVariablesException error = catchThrowableOfType(InvalidVariablesException.class, () -> start(key, """
                code,name,estimateHours,skill,skillLevel,predecessors
                WP-1,Design,16,ARCHITECTURE,4,WP-2
                WP-2,Build,24,JAVA,3,WP-1
                WP-3,Test,8,COBOL,2,
                """));

        assertThat(error.fields()).extracting(InvalidField::field)
                .containsExactly("line 4 (WP-3), skill:", "line 2 (WP-1)");
        assertThat(error.getMessage()).startsWith("Invalid plan: ").contains("WP-1 -> WP-2 -> WP-1");
        assertThat(planService.hasDraft(key)).isFalse();
    }

    @Test
    void aTypedPlanNamesItsFaultsByTheLineFromOneAndAllOfThemAtOnceAlsoBesideAValueThatIsNoNumber() {
        String key = project("5000");

        InvalidVariablesException error = catchThrowableOfType(InvalidVariablesException.class, () -> start(key, """
                code,name,estimateHours,skill,skillLevel,predecessors
                WP-1,Design,16,ANALISYS,4,
                WP-2,Build,abc,JAVA,3,WP-9
                WP-1,Test,8,JAVA,7,
                """));

        assertThat(error.getMessage()).startsWith("Invalid plan: "
                        + "line 3 (WP-2), estimateHours: must be a number of hours such as 12 or 7.5, got 'abc'; "
                        + "line 4 (WP-1), code: duplicate code WP-1 (also line 2); "
                        + "line 2 (WP-1), skill: unknown skill 'ANALISYS'; one of [")
                .contains("; line 3 (WP-2) names unknown predecessor 'WP-9'; predecessors must be codes of "
                        + "packages in the same plan; line 4 (WP-1), skillLevel: the skill level must be from 1 "
                        + "to 5, got 7")
                .doesNotContain("workPackages[").doesNotContain("estimate in hours is required");
    }

    @Test
    void passingThePlanGateApprovesTheBaselineAndStartsTheLiveWork() {
        String key = project("5000");
        ProcessInstance instance = start(key, CSV);

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        assertThat(baselineService.currentBaseline(key)).get().extracting(Baseline::status)
                .isEqualTo(BaselineStatus.APPROVED);
        assertThat(workPackageService.releasable(key)).extracting(WorkPackage::code).containsExactly("WP-1");
    }

    private String project(String budget) {
        return TestProjects.planning(projects, new BigDecimal(budget)).getKey();
    }

    private ProcessInstance start(String key, String csv) {
        VariableMap variables = Variables.createVariables().putValue(PlanVariables.PROJECT_KEY, key);
        if (csv != null) {
            variables.putValue(PlanVariables.WORK_PACKAGES_CSV, csv);
        }
        return runtimeService.startProcessInstanceByKey(PROCESS, key, variables);
    }
}
