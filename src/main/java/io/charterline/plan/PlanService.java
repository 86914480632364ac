package io.charterline.plan;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.ConflictException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project manager's draft plan: the work packages of a project in planning, stored as live packages in
 * state PLANNED until the plan gate approves baseline v1 built from them.
 */
@Service
public class PlanService {

    private final ProjectRegistry projects;
    private final Planner planner;
    private final WorkPackageRepository workPackages;
    private final BaselineRepository baselines;

    public PlanService(ProjectRegistry projects, Planner planner, WorkPackageRepository workPackages,
                       BaselineRepository baselines) {
        this.projects = projects;
        this.planner = planner;
        this.workPackages = workPackages;
        this.baselines = baselines;
    }

    /** The answer to storing a draft: its figures, and whether it replaced an earlier draft. */
    public record StoredDraft(PlanSummary summary, boolean replacedEarlierDraft) {
    }

    /**
     * Validates, schedules and stores the plan as the project's draft, replacing an earlier draft whole.
     *
     * @throws io.charterline.platform.web.NotFoundException for an unknown project
     * @throws ConflictException unless the project is PLANNING without an approved baseline
     * @throws io.charterline.platform.web.InvalidInputException naming every bad package field
     */
    @Transactional
    public StoredDraft storeDraft(String projectKey, List<WorkPackageSpec> packages) {
        Project project = requireEditable(projectKey);
        Plan plan = planner.plan(packages, project.getTargetStart(), code -> null);
        boolean replaced = workPackages.count(projectKey) > 0;
        workPackages.deleteByProject(projectKey);
        workPackages.insertPlanned(projectKey, plan.packages(),
                IntStream.range(0, plan.packages().size()).boxed().toList());
        return new StoredDraft(PlanSummary.of(project, plan), replaced);
    }

    /**
     * @throws io.charterline.platform.web.NotFoundException for an unknown project
     * @throws ConflictException unless the project is PLANNING without an approved baseline
     */
    @Transactional(readOnly = true)
    public Project requireEditable(String projectKey) {
        Project project = projects.require(projectKey);
        if (project.getStatus() != ProjectStatus.PLANNING) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus()
                    + "; its plan can be uploaded only while it is PLANNING");
        }
        baselines.approved(projectKey).ifPresent(approved -> {
            throw new ConflictException("Project " + projectKey + " has the approved baseline v" + approved.version()
                    + "; its plan now changes only through a change request");
        });
        return project;
    }

    @Transactional(readOnly = true)
    public boolean hasDraft(String projectKey) {
        return workPackages.count(projectKey) > 0;
    }

    /** The project's manager, the PMO and administrators shape a project's plan. */
    @Transactional(readOnly = true)
    public boolean mayEditPlan(String projectKey, String userId, Collection<String> groups) {
        return userId.equals(projects.require(projectKey).getManagerId())
                || groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.ADMINS);
    }
}
