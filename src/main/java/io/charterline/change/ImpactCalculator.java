package io.charterline.change;

import io.charterline.cmdb.ImpactedService;
import io.charterline.cmdb.ServiceGraph;
import io.charterline.cmdb.ServiceNode;
import io.charterline.plan.CriticalPathScheduler;
import io.charterline.plan.Plan;
import io.charterline.plan.ScheduleForecast;
import io.charterline.plan.ScheduledPackage;
import io.charterline.plan.StatusDate;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.resource.WeeklyLoad;
import io.charterline.resource.WorkWeeks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The impact analysis itself, free of Spring and the engine: everything it reads is handed in.
 * <ul>
 *   <li><b>Schedule:</b> the proposal is applied to a copy of the baseline's packages ({@link ProposedPlan}) and
 *       scheduled by the critical-path method from the baseline's start, with work not begun by the status date
 *       starting no earlier ({@link StatusDate}), as the baseline update schedules it; the slip is the move of the
 *       finish date in <em>calendar</em> days (a finish moved from Friday to Monday slips 3 days) against the
 *       forecast: the same plan without the change, scheduled the same way. Work not begun that is behind its dates
 *       already moves the forecast past the baseline's finish; that lateness is reported apart and is not the
 *       change's slip, which the classification weighs.</li>
 *   <li><b>Cost:</b> new budget at completion − old budget at completion + budget change; its share refers to
 *       the old budget at completion. Removing a package that has hours booked saves only what is not spent yet:
 *       its planned cost less its actual cost to date (booked hours at its planned rate), never below 0. What was
 *       spent, up to the planned cost, stays in the budget at completion as the budget of the cancelled work, as
 *       the baseline the change records keeps it ({@link RetainedCost}); spending beyond the planned cost is an
 *       overrun, not budget. The budget change stays in the cost delta and its share, which the classification
 *       weighs (the sponsor decides on large budget moves), while the summary shows it apart, as a move of the
 *       approved budget against the changed plan's budget at completion.</li>
 *   <li><b>Resources:</b> only the hours of added and modified packages are new load; packages that merely move
 *       keep their bookings. A modified package's hours go to the person booked on it (its new estimate spread
 *       over its new dates replaces its current bookings); an added package's to the qualified person (skill at
 *       the level asked or above) with the most free hours (capacity less bookings) in its weeks, ties by user
 *       id; an added package
 *       nobody is qualified for adds no load. A person-week is overloaded when the change adds hours to it and
 *       the bookings of all active projects plus those hours exceed the capacity.</li>
 *   <li><b>Services:</b> the named items (depth 0) and every item depending on them, transitively.</li>
 *   <li><b>Window:</b> the conflicts of {@link WindowRules}, without the implementer's other changes (the
 *       implementer is only fixed when the change is scheduled).</li>
 * </ul>
 * Without any baseline (a project still planning its work) the schedule cannot be analysed: no slip, the
 * charter's target end as finish, the added work costed against the approved budget, no overloads.
 */
final class ImpactCalculator {

    private final Map<String, BigDecimal> hourlyRates;
    private final PortfolioLoad people;
    private final ServiceGraph graph;
    private final List<ScheduledChange> otherChanges;

    ImpactCalculator(Map<String, BigDecimal> hourlyRates, PortfolioLoad people, ServiceGraph graph,
                     List<ScheduledChange> otherChanges) {
        this.hourlyRates = Map.copyOf(hourlyRates);
        this.people = people;
        this.graph = graph;
        this.otherChanges = List.copyOf(otherChanges);
    }

    /**
     * The baseline a proposal is analysed on; version 0 and no plan when the project has none yet.
     *
     * @param actualHours the hours booked to date on each of the project's live packages, missing where none were
     * @param status today and the packages begun by then
     */
    record AnalysedBaseline(int version, Plan plan, BigDecimal approvedBudget, LocalDate charterEnd,
                            Map<String, BigDecimal> actualHours, StatusDate status) {

        AnalysedBaseline {
            actualHours = Map.copyOf(actualHours);
        }
    }

    /** @throws io.charterline.platform.web.InvalidInputException naming the change field that cannot be applied */
    ImpactAnalysis analyse(AnalysedBaseline baseline, ChangeProposal proposal) {
        List<ImpactAnalysis.AffectedService> services = affectedServices(proposal.affectedItemsOrEmpty());
        List<ImpactAnalysis.WindowConflict> conflicts = new WindowRules(graph, proposal.affectedItemsOrEmpty(),
                otherChanges, null).conflicts(new ImplementationWindow(proposal.windowStart(), proposal.windowEnd()));
        BigDecimal budgetChange = proposal.budgetChange() == null ? BigDecimal.ZERO : proposal.budgetChange();
        if (baseline.plan() == null) {
            List<WorkPackageSpec> added = ProposedPlan.apply(List.of(), 0, proposal.workPackageChangesOrEmpty(),
                    hourlyRates.keySet(), Map.of());
            BigDecimal addedCost = added.stream()
                    .map(spec -> spec.estimateHours().multiply(hourlyRates.get(spec.skill()))
                            .setScale(2, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return result(baseline, new Finish(baseline.charterEnd(), 0, null, 0), List.of(), addedCost,
                    budgetChange, baseline.approvedBudget(), List.of(), List.of(), services, conflicts,
                    proposal.changesScopeWithoutEstimate());
        }
        Plan before = baseline.plan();
        List<WorkPackageSpec> specs = ProposedPlan.apply(before.specs(), baseline.version(),
                proposal.workPackageChangesOrEmpty(), hourlyRates.keySet(), Map.of());
        Plan after = Plan.of(new CriticalPathScheduler().schedule(specs, before.startDate(), baseline.status()),
                hourlyRates, code -> null);
        ScheduleForecast forecast = ScheduleForecast.of(before, baseline.status());
        long slip = ChronoUnit.DAYS.between(forecast.finishDate(), after.finishDate());
        List<ImpactAnalysis.RemovedWork> removed = removedWork(before, proposal.workPackageChangesOrEmpty(),
                baseline.actualHours());
        // On the packages' costs: the budget at completion before may hold spent cost of earlier removals, which
        // the change leaves as it is. A move of the approved budget is no cost of work and stays out of it.
        BigDecimal costDelta = after.budgetAtCompletion()
                .subtract(before.budgetAtCompletion().subtract(before.cancelledWorkBudget()))
                .add(removed.stream().map(ImpactAnalysis.RemovedWork::retainedCost)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        return result(baseline, new Finish(after.finishDate(), slip, forecast.finishDate(), forecast.lateDays()),
                after.criticalPath(), costDelta, budgetChange, before.budgetAtCompletion(), removed,
                overloads(before, after, proposal.workPackageChangesOrEmpty()), services, conflicts,
                proposal.changesScopeWithoutEstimate());
    }

    /** The finish with the change, its slip, and the forecast finish without it with its lateness. */
    private record Finish(LocalDate date, long slip, LocalDate forecast, long forecastLateDays) {
    }

    private static ImpactAnalysis result(AnalysedBaseline baseline, Finish finish,
                                         List<String> criticalPath, BigDecimal costDelta, BigDecimal budgetChange,
                                         BigDecimal budgetAtCompletion,
                                         List<ImpactAnalysis.RemovedWork> removed,
                                         List<ImpactAnalysis.ResourceOverload> overloads,
                                         List<ImpactAnalysis.AffectedService> services,
                                         List<ImpactAnalysis.WindowConflict> conflicts,
                                         boolean scopeNotEstimated) {
        BigDecimal bac = budgetAtCompletion.setScale(2, RoundingMode.HALF_UP);
        BigDecimal delta = costDelta.setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = bac.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : delta.multiply(BigDecimal.valueOf(100)).divide(bac, 2, RoundingMode.HALF_UP);
        BigDecimal approved = baseline.approvedBudget() == null ? null
                : baseline.approvedBudget().setScale(2, RoundingMode.HALF_UP);
        return new ImpactAnalysis(baseline.version(), finish.slip(), finish.date(), criticalPath, delta, bac, share,
                removed, overloads, services, conflicts, budgetChange.setScale(2, RoundingMode.HALF_UP), approved,
                finish.forecast(), finish.forecastLateDays(), scopeNotEstimated);
    }

    /** Each removed package's planned cost against its actual cost to date, at the rate it was planned at. */
    private static List<ImpactAnalysis.RemovedWork> removedWork(Plan before, List<WorkPackageChange> changes,
                                                               Map<String, BigDecimal> actualHours) {
        Set<String> removed = new HashSet<>();
        changes.stream().filter(change -> change.action() == WorkPackageAction.REMOVE)
                .forEach(change -> removed.add(change.code()));
        return before.packages().stream().filter(p -> removed.contains(p.code()))
                .map(p -> ImpactAnalysis.RemovedWork.of(p.code(), p.plannedCost(),
                        RetainedCost.spent(actualHours.getOrDefault(p.code(), BigDecimal.ZERO), p.hourlyRate())))
                .toList();
    }

    private List<ImpactAnalysis.AffectedService> affectedServices(List<String> named) {
        List<ImpactAnalysis.AffectedService> services = new ArrayList<>();
        for (String key : new TreeSet<>(named)) {
            ServiceNode node = graph.node(key);
            services.add(new ImpactAnalysis.AffectedService(key, node.name(), node.criticality(), 0, null,
                    List.of(key)));
        }
        for (ImpactedService dependent : graph.transitiveDependents(named)) {
            List<String> path = dependent.path();
            services.add(new ImpactAnalysis.AffectedService(dependent.key(), dependent.name(),
                    dependent.criticality(), dependent.depth(), path.get(path.size() - 2), path));
        }
        return services;
    }

    private List<ImpactAnalysis.ResourceOverload> overloads(Plan before, Plan after, List<WorkPackageChange> changes) {
        // Only the changed packages are looked up: no map of the whole plan.
        Set<String> changed = new HashSet<>();
        changes.forEach(change -> changed.add(change.code()));
        Map<String, ScheduledPackage> scheduled = new HashMap<>();
        after.packages().stream().filter(p -> changed.contains(p.code()))
                .forEach(p -> scheduled.put(p.code(), p.schedule()));
        Map<String, String> baselineAssignees = new HashMap<>();
        before.packages().stream().filter(p -> p.assignee() != null && changed.contains(p.code()))
                .forEach(p -> baselineAssignees.put(p.code(), p.assignee()));
        Map<String, TreeMap<LocalDate, BigDecimal>> addedHours = new TreeMap<>();
        for (WorkPackageChange change : changes) {
            if (change.action() == WorkPackageAction.REMOVE) {
                continue;
            }
            ScheduledPackage planned = scheduled.get(change.code());
            Map<LocalDate, BigDecimal> spread = WorkWeeks.spread(planned.spec().estimateHours(),
                    planned.plannedStart(), planned.plannedFinish());
            Optional<String> person;
            if (change.action() == WorkPackageAction.MODIFY) {
                person = people.bookedOn(change.code()).or(() -> Optional.ofNullable(baselineAssignees.get(
                        change.code())));
            } else {
                person = mostFree(planned.spec(), spread.keySet());
            }
            if (person.isEmpty()) {
                continue;
            }
            TreeMap<LocalDate, BigDecimal> weeks = addedHours.computeIfAbsent(person.get(), who -> new TreeMap<>());
            spread.forEach((week, hours) -> weeks.merge(week, hours, BigDecimal::add));
            if (change.action() == WorkPackageAction.MODIFY) {
                people.bookedWeeksOf(change.code()).forEach((week, hours) -> weeks.merge(week, hours.negate(),
                        BigDecimal::add));
            }
        }
        List<ImpactAnalysis.ResourceOverload> overloads = new ArrayList<>();
        addedHours.forEach((person, weeks) -> {
            for (WeeklyLoad load : people.loadOf(person, weeks.firstKey(), weeks.lastKey())) {
                BigDecimal added = weeks.getOrDefault(load.weekStart(), BigDecimal.ZERO);
                BigDecimal booked = load.bookedHours().add(added);
                if (added.signum() > 0 && booked.compareTo(load.capacityHours()) > 0) {
                    overloads.add(new ImpactAnalysis.ResourceOverload(person, load.weekStart(), booked,
                            load.capacityHours()));
                }
            }
        });
        return overloads;
    }

    /** Free hours, not booked ones: someone away all week has nothing booked, and no room either. */
    private Optional<String> mostFree(WorkPackageSpec spec, Set<LocalDate> weeks) {
        LocalDate first = weeks.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = weeks.stream().max(Comparator.naturalOrder()).orElseThrow();
        return people.qualified(spec.skill(), spec.skillLevel()).stream()
                .sorted()
                .max(Comparator.comparing((String person) -> people.loadOf(person, first, last).stream()
                        .map(load -> load.capacityHours().subtract(load.bookedHours()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
