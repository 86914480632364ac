package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.Criticality;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The simple analyser on hand-checked figures: rates from the skill catalog, budget 100,000. */
class ScopeAndCostImpactAnalyzerTest extends ChangeControlTestSupport {

    @Autowired
    ScopeAndCostImpactAnalyzer analyzer;

    private static ChangeProposal proposal(BigDecimal budgetChange, List<WorkPackageChange> changes,
                                           List<String> items) {
        Instant start = Instant.parse("2027-03-06T22:00:00Z");
        return new ChangeProposal("Rework", "Rework", "Because", ChangeType.NORMAL, "requester", changes,
                budgetChange, null, items, start, start.plusSeconds(3600));
    }

    private static WorkPackageChange change(WorkPackageAction action, String code, String hours, String skill) {
        return new WorkPackageChange(action, code, null, hours == null ? null : new BigDecimal(hours), skill, null,
                List.of());
    }

    @Test
    void costAddsAddedAndModifiedWorkAndSubtractsRemovedWorkAtTheSkillsRates() {
        Project project = executingProject();
        // +1,000 budget + 20 h JAVA (110) + 10 h SECURITY (150) - 8 h TESTING (85) = 1,000 + 2,200 + 1,500 - 680
        ImpactAnalysis impact = analyzer.analyse(project.getKey(), proposal(new BigDecimal("1000"), List.of(
                change(WorkPackageAction.ADD, "7.1", "20", "JAVA"),
                change(WorkPackageAction.MODIFY, "6.4", "10", "SECURITY"),
                change(WorkPackageAction.REMOVE, "5.9", "8", "TESTING"),
                change(WorkPackageAction.MODIFY, "6.5", null, null)), List.of()));

        assertThat(impact.costDelta()).isEqualByComparingTo("4020.00");
        assertThat(impact.budgetAtCompletion()).isEqualByComparingTo("100000.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("4.02");
    }

    @Test
    void savingGivesANegativeShare() {
        Project project = executingProject();

        ImpactAnalysis impact = analyzer.analyse(project.getKey(), proposal(new BigDecimal("-12500"), List.of(),
                List.of()));

        assertThat(impact.costSharePercent()).isEqualByComparingTo("-12.50");
        assertThat(impact.summary()).contains("- Cost: -$12,500.00 (-12.50 % of the budget at completion");
    }

    @Test
    void namedItemsAreTheAffectedServicesWithTheirCriticalityAndNothingElseIsKnownYet() {
        Project project = executingProject();

        ImpactAnalysis impact = analyzer.analyse(project.getKey(), proposal(new BigDecimal("100"), List.of(),
                List.of("WIKI", "BILLING")));

        assertThat(impact.affectedServices()).containsExactly(
                new ImpactAnalysis.AffectedService("BILLING", "Billing", Criticality.CRITICAL, 0, null),
                new ImpactAnalysis.AffectedService("WIKI", "Team wiki", Criticality.LOW, 0, null));
        assertThat(impact.criticalServiceCount()).isEqualTo(1);
        assertThat(impact.maxServiceCriticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(impact.baselineVersion()).isZero();
        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThat(impact.resourceOverloads()).isEmpty();
        assertThat(impact.windowConflicts()).isEmpty();
    }
}
