package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.change.ChangeControlService;
import io.charterline.change.ChangeControlTestSupport;
import io.charterline.change.ChangeDecision;
import io.charterline.lessons.DerivedLesson;
import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonDeriver;
import io.charterline.lessons.Phase;
import io.charterline.lessons.ProjectFactsSource;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.Project;
import io.charterline.record.ProjectRecords;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The KPI, the execution summary and the CHANGE lesson count approved changes alike: those applied to the baseline
 * and not backed out. Baseline v1 plans A; CR one adds B (v2), CR two adds C (v3) and is backed out (v4), CR three
 * is rejected. One change is in effect, though the baseline is at v4.
 */
class ApprovedChangesAgreeTest extends ChangeControlTestSupport {

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    ProjectProgress progress;

    @Autowired
    ProjectRecords records;

    @Autowired
    ProjectFactsSource facts;

    private Project project;

    @BeforeEach
    void oneAppliedOneBackedOutOneRejected() {
        project = executingProjectWithBaseline(List.of(
                new WorkPackageSpec("A", "Package A", BigDecimal.valueOf(16), "JAVA", 3, List.of())));
        apply(register(proposal().add("B", 8, "JAVA")));
        String backedOut = register(proposal().add("C", 8, "JAVA"));
        apply(backedOut);
        changeControl.backOut(backedOut, "pmo");
        String rejected = register(proposal().add("D", 8, "JAVA"));
        changeControl.analyse(rejected);
        changeControl.recordDecision(rejected, ChangeDecision.REJECT, "pm", "Not now");
        // The facts source reads the lifecycle's history only for a project that has one: an id without history
        // stands in for this project's lifecycle, which the test does not run.
        project = transactions.execute(status -> {
            Project saved = projects.findById(project.getId()).orElseThrow();
            saved.setProcessInstanceId("no-lifecycle-" + saved.getKey());
            return saved;
        });
    }

    private String register(ProposalBuilder proposal) {
        return changeRequestService.register(project.getKey(), proposal.build()).getKey();
    }

    private void apply(String change) {
        changeControl.analyse(change);
        changeControl.recordDecision(change, ChangeDecision.APPROVE, "pm", "Needed");
        changeControl.updateBaseline(change);
    }

    @Test
    void theKpiCountsOnlyTheChangeInEffectNotTheBaselineVersions() {
        assertThat(records.of(project.getKey()).currentBaseline().version()).isEqualTo(4);
        assertThat(progress.inputs(project.getKey()).approvedChanges()).isEqualTo(1);
    }

    @Test
    void theExecutionSummaryCountsTheSameChangeAndNamesTheBackOut() {
        assertThat(new ExecutionSummary().of(records.of(project.getKey())))
                .endsWith("- Changes: 3 requested, 1 applied, 1 backed out");
    }

    @Test
    void theChangeLessonCountsTheSameChangeAndNamesTheBackOut() {
        // As at the gate, where the delegate reads the facts in the engine's transaction.
        List<DerivedLesson> lessons = new LessonDeriver().derive(
                transactions.execute(status -> facts.factsOf(project.getKey(), Phase.EXECUTION)), Phase.EXECUTION);

        assertThat(lessons).filteredOn(lesson -> lesson.category() == LessonCategory.CHANGE).singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.whatHappened())
                            .startsWith("3 change requests were raised: 1 approved, 1 backed out, 1 rejected.");
                    assertThat(lesson.impact()).endsWith("; 1 approved change took effect.");
                });
    }
}
