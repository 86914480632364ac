package io.charterline.resource;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlannedAssignees;
import io.charterline.plan.PlannedPackage;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.web.ConflictException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staffs a project's current baseline from the resource pool, and tells who works on which package. */
@Service
public class Staffing implements PlannedAssignees {

    private final BaselineService baselines;
    private final AssignmentService assignments;
    private final ResourceRepository resources;
    private final PersonNames names;

    public Staffing(BaselineService baselines, AssignmentService assignments, ResourceRepository resources,
                    PersonNames names) {
        this.baselines = baselines;
        this.assignments = assignments;
        this.resources = resources;
        this.names = names;
    }

    @Transactional
    public AssignmentResult staff(String projectKey) {
        return assignments.assign(projectKey, demands(baseline(projectKey)).values().stream().toList());
    }

    /** The packages of the current baseline nobody is booked on. */
    @Transactional(readOnly = true)
    public List<StaffingDemand> unstaffed(String projectKey) {
        Set<String> staffed = assigneesOf(projectKey).keySet();
        return demands(baseline(projectKey)).values().stream()
                .filter(demand -> !staffed.contains(demand.packageCode()))
                .toList();
    }

    /**
     * Books each package on the person the PMO chose, whatever their free capacity.
     *
     * @return one line per chosen person these bookings leave over capacity, all active projects counted, by
     *         name for whoever approves the plan, e.g. "Paula Novak: 1000 h booked of 200 h in 5 week(s) from
     *         2027-02-01 to 2027-03-01, at most 200 h of 40 h in one week"; empty when everyone's load fits
     */
    @Transactional
    public List<String> assignByHand(String projectKey, Map<String, String> userByPackage) {
        Map<String, StaffingDemand> demands = demands(baseline(projectKey));
        userByPackage.forEach((code, userId) -> assignments.assignByHand(projectKey, demands.get(code), userId));
        Map<String, List<StaffingDemand>> byPerson = new TreeMap<>();
        userByPackage.forEach((code, userId) -> byPerson.computeIfAbsent(userId, ignored -> new ArrayList<>())
                .add(demands.get(code)));
        List<String> overloads = new ArrayList<>();
        byPerson.forEach((userId, picked) -> {
            LocalDate from = picked.stream().map(StaffingDemand::plannedStart).min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate to = picked.stream().map(StaffingDemand::plannedFinish).max(Comparator.naturalOrder())
                    .orElseThrow();
            List<WeeklyLoad> over = assignments.loadOf(userId, from, to).stream()
                    .filter(week -> week.overloadHours().signum() > 0).toList();
            if (!over.isEmpty()) {
                overloads.add(overload(userId, over));
            }
        });
        return overloads;
    }

    private String overload(String userId, List<WeeklyLoad> over) {
        WeeklyLoad peak = over.stream().max(Comparator.comparing(WeeklyLoad::overloadHours)).orElseThrow();
        return "%s: %s h booked of %s h in %d week(s) from %s to %s, at most %s h of %s h in one week".formatted(
                names.of(userId), hours(over.stream().map(WeeklyLoad::bookedHours)),
                hours(over.stream().map(WeeklyLoad::capacityHours)), over.size(), over.get(0).weekStart(),
                over.get(over.size() - 1).weekStart(), hours(Stream.of(peak.bookedHours())),
                hours(Stream.of(peak.capacityHours())));
    }

    private static String hours(Stream<BigDecimal> hours) {
        return hours.reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString();
    }

    /** The skills a person of the pool offers, at any level; empty for someone outside the pool. */
    @Transactional(readOnly = true)
    public Optional<Set<String>> skillsOf(String userId) {
        return resources.findByUserId(userId)
                .map(resource -> resource.getSkills().stream().map(SkillLevel::skill).collect(Collectors.toSet()));
    }

    /** Work package code to the Tasklist user booked on it. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, String> assigneesOf(String projectKey) {
        return assignments.assignmentsOf(projectKey).stream()
                .collect(Collectors.toMap(ProjectAssignment::packageCode, ProjectAssignment::userId, (a, b) -> a));
    }

    private Baseline baseline(String projectKey) {
        return baselines.currentBaseline(projectKey)
                .orElseThrow(() -> new ConflictException("Project " + projectKey + " has no baseline to staff"));
    }

    static Map<String, StaffingDemand> demands(Baseline baseline) {
        return baseline.plan().packages().stream().collect(Collectors.toMap(PlannedPackage::code, Staffing::demand,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static StaffingDemand demand(PlannedPackage planned) {
        return new StaffingDemand(planned.code(), planned.spec().skill(), planned.spec().skillLevel(),
                planned.spec().estimateHours(), planned.schedule().plannedStart(), planned.schedule().plannedFinish());
    }
}
