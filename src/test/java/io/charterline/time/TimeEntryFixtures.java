package io.charterline.time;

import io.charterline.plan.BaselineService;
import io.charterline.plan.PlanService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Projects in execution with an approved plan, and team members of their own: the 24-hour rule spans all of a
 * person's bookings, so each test books for people no other test touches. Tests {@code @Import} it.
 */
class TimeEntryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ProjectRepository projects;
    private final PlanService planService;
    private final BaselineService baselineService;
    private final WorkPackageService workPackages;
    private final IdentityService identityService;

    TimeEntryFixtures(ProjectRepository projects, PlanService planService, BaselineService baselineService,
                      WorkPackageService workPackages, IdentityService identityService) {
        this.projects = projects;
        this.planService = planService;
        this.baselineService = baselineService;
        this.workPackages = workPackages;
        this.identityService = identityService;
    }

    /** A user whose password is their id. */
    String newMember() {
        String id = "time-" + SEQUENCE.incrementAndGet();
        User user = identityService.newUser(id);
        user.setFirstName("Team");
        user.setLastName(id);
        user.setPassword(id);
        identityService.saveUser(user);
        return id;
    }

    /**
     * A project managed by {@code pm} with the approved plan A (1 day) before B (2 days), and C (1 day). A is
     * released to {@code aAssignee}, C to {@code cAssignee}; B is pre-assigned to {@code aAssignee} but not yet
     * released.
     */
    String projectWithReleasedWork(String aAssignee, String cAssignee) {
        Project project = new Project("PRJ-2098-%04d".formatted(SEQUENCE.incrementAndGet()), "pm");
        project.setName("Time booking test project");
        project.setObjectives("Objectives");
        project.setBusinessCase("Business case");
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(new BigDecimal("100000"));
        project.setTargetStart(LocalDate.of(2026, 3, 2));
        project.setTargetEnd(LocalDate.of(2026, 4, 30));
        project.moveTo(ProjectStatus.PLANNING);
        String key = projects.save(project).getKey();
        planService.storeDraft(key, List.of(spec("A", 8), spec("B", 16, "A"), spec("C", 8)));
        baselineService.buildDraft(key, "pm");
        baselineService.approveBaseline(key);
        workPackages.syncFromBaseline(key);
        workPackages.markReleased(key, "A", "instance-A");
        workPackages.assign(key, "A", aAssignee);
        workPackages.assign(key, "B", aAssignee);
        workPackages.markReleased(key, "C", "instance-C");
        workPackages.assign(key, "C", cAssignee);
        return key;
    }

    private static WorkPackageSpec spec(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                List.of(predecessors));
    }
}
