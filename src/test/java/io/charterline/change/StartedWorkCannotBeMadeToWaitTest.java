package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.plan.BaselineService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Released work has its task out and is finished whatever the plan says, so a change may not make it wait for
 * work that is not done. Baseline v1 plans A, B, C and D (8 h of JAVA each) side by side: A is done, B under way,
 * C and D planned.
 */
class StartedWorkCannotBeMadeToWaitTest extends ChangeControlTestSupport {

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    BaselineService baselines;

    private String projectKey;
    private String dev;

    private static WorkPackageSpec java(String code) {
        return new WorkPackageSpec(code, "Package " + code, new BigDecimal("8"), "JAVA", 3, List.of());
    }

    private void start(String code) {
        workPackages.markReleased(projectKey, code, "instance-" + code);
        workPackages.assign(projectKey, code, dev);
    }

    @BeforeEach
    void aDoneBUnderWayCAndDPlanned() {
        projectKey = executingProjectWithBaseline(List.of(java("A"), java("B"), java("C"), java("D"))).getKey();
        workPackages.syncFromBaseline(projectKey);
        dev = OwnWorker.create(engine.getIdentityService());
        start("A");
        start("B");
        workPackages.complete(projectKey, "A", new BigDecimal("8"), null, dev);
    }

    @Test
    void aChangeThatMakesWorkInProgressWaitForPlannedWorkIsRefusedWhenRequested() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> changeRequestService.register(
                projectKey, proposal().budgetChange(0).waitFor("B", "A", "C").build())).fields()).containsExactly(
                new InvalidField("workPackageChanges[0].predecessors",
                        "B is IN_PROGRESS; it cannot be made to wait for C, which is not done"));
    }

    @Test
    void aChangeThatMakesWorkWaitNoLongerAppliesOnceThatWorkHasStarted() {
        String change = changeRequestService.register(projectKey,
                proposal().budgetChange(0).waitFor("D", "C").build()).getKey();
        changeControl.analyse(change);
        changeControl.recordDecision(change, ChangeDecision.APPROVE, "pm", "C first");
        start("D");

        assertThat(catchThrowableOfType(ChangeNoLongerAppliesException.class,
                () -> changeControl.updateBaseline(change)).getMessage())
                .contains("D is IN_PROGRESS; it cannot be made to wait for C, which is not done");
        assertThat(baselines.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(1);
    }
}
