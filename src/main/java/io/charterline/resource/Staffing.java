package io.charterline.resource;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlannedPackage;
import io.charterline.platform.web.ConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staffs a project's current baseline from the resource pool, and tells who works on which package. */
@Service
public class Staffing {

    private final BaselineService baselines;
    private final AssignmentService assignments;
    private final ResourceRepository resources;

    public Staffing(BaselineService baselines, AssignmentService assignments, ResourceRepository resources) {
        this.baselines = baselines;
        this.assignments = assignments;
        this.resources = resources;
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

    @Transactional
    public void assignByHand(String projectKey, Map<String, String> userByPackage) {
        Map<String, StaffingDemand> demands = demands(baseline(projectKey));
        userByPackage.forEach((code, userId) -> assignments.assignByHand(projectKey, demands.get(code), userId));
    }

    /** The skills a person of the pool offers, at any level; empty for someone outside the pool. */
    @Transactional(readOnly = true)
    public Optional<Set<String>> skillsOf(String userId) {
        return resources.findByUserId(userId)
                .map(resource -> resource.getSkills().stream().map(SkillLevel::skill).collect(Collectors.toSet()));
    }

    /** Work package code to the Tasklist user booked on it. */
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
