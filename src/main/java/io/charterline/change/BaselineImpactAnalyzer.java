package io.charterline.change;

import io.charterline.cmdb.ServiceCatalog;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.plan.SkillRates;
import io.charterline.plan.StatusDate;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.text.Money;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.ResourcePool;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analyses a change on the project's current baseline (the approved one, else the draft), with the hours booked on
 * its packages so far, the bookings of every active project, the service catalog and the other approved or
 * scheduled changes; the rules are {@link ImpactCalculator}'s.
 */
@Component
public class BaselineImpactAnalyzer implements ImpactAnalyzer {

    private final ProjectRegistry projects;
    private final BaselineService baselines;
    private final SkillRates skillRates;
    private final AssignmentService assignments;
    private final ResourcePool pool;
    private final ServiceCatalog catalog;
    private final ScheduledChanges scheduledChanges;
    private final WorkPackageService workPackages;
    private final TimeEntryService timeEntries;
    private final Clock clock;

    public BaselineImpactAnalyzer(ProjectRegistry projects, BaselineService baselines, SkillRates skillRates,
                                  AssignmentService assignments, ResourcePool pool, ServiceCatalog catalog,
                                  ScheduledChanges scheduledChanges, WorkPackageService workPackages,
                                  TimeEntryService timeEntries, Clock clock) {
        this.projects = projects;
        this.baselines = baselines;
        this.skillRates = skillRates;
        this.assignments = assignments;
        this.pool = pool;
        this.catalog = catalog;
        this.scheduledChanges = scheduledChanges;
        this.workPackages = workPackages;
        this.timeEntries = timeEntries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ImpactAnalysis analyse(String projectKey, String changeRequestId, ChangeProposal proposal) {
        Project project = projects.require(projectKey);
        Optional<Baseline> current = baselines.currentBaseline(projectKey);
        List<WorkPackage> live = workPackages.list(projectKey);
        Map<String, WorkPackageState> states = new HashMap<>(live.size() * 2);
        live.forEach(p -> states.put(p.code(), p.state()));
        ImpactCalculator.AnalysedBaseline analysed = new ImpactCalculator.AnalysedBaseline(
                current.map(Baseline::version).orElse(0), current.map(Baseline::plan).orElse(null),
                project.getApprovedBudget(), project.getTargetEnd(),
                timeEntries.actualHoursByPackage(projectKey, live), StatusDate.of(LocalDate.now(clock), states));
        return calculator(projectKey, proposal.affectedItemsOrEmpty(), scheduledChanges.otherThan(changeRequestId))
                .analyse(analysed, proposal);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvalidField> applicationErrors(String projectKey, ChangeProposal proposal) {
        List<InvalidField> errors = new ArrayList<>();
        BigDecimal approved = projects.require(projectKey).getApprovedBudget();
        Optional<Baseline> current = baselines.currentBaseline(projectKey);
        if (proposal.budgetChange() != null && proposal.budgetChange().signum() < 0) {
            BigDecimal spent = spentSoFar(projectKey, current);
            BigDecimal after = approved.add(proposal.budgetChange());
            if (spent.signum() > 0 && after.compareTo(spent) < 0) {
                errors.add(new InvalidField("budgetChange", "would take the approved budget of "
                        + Money.of(approved) + " below the " + Money.of(spent) + " already spent on the "
                        + "project's work; the most a change can take is " + Money.of(approved.subtract(spent))));
            } else if (after.signum() <= 0) {
                // As a charter's budget, an approved budget is more than zero: a project without one is stopped.
                errors.add(new InvalidField("budgetChange", "would leave the approved budget of "
                        + Money.of(approved) + " at " + Money.of(after) + "; it must stay more than 0 "
                        + "(to stop the project, terminate it)"));
            }
        }
        try {
            ProposedPlan.apply(current.map(b -> b.plan().specs()).orElse(List.of()),
                    current.map(Baseline::version).orElse(0), proposal.workPackageChangesOrEmpty(),
                    skillRates.hourlyRates().keySet(), workPackages.states(projectKey));
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.fields());
        }
        return errors;
    }

    private BigDecimal spentSoFar(String projectKey, Optional<Baseline> current) {
        return current.map(baseline -> RetainedCost.spentSoFar(baseline.plan(),
                timeEntries.actualHoursByPackage(projectKey, workPackages.list(projectKey)))).orElse(BigDecimal.ZERO);
    }

    private ImpactCalculator calculator(String projectKey, Collection<String> items,
                                        List<ScheduledChange> otherChanges) {
        return new ImpactCalculator(skillRates.hourlyRates(), new ProjectPortfolioLoad(projectKey, assignments, pool),
                catalog.graphAround(items), otherChanges);
    }
}
