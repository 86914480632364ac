package io.charterline.plan;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.process.EngineAsApplication;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project manager's draft plan: the work packages of a project in planning, stored as live packages in
 * state PLANNED until the plan gate approves baseline v1 built from them.
 */
@Service
public class PlanService {

    /** Where the lifecycle waits while a baseline built from the draft is reviewed. */
    private static final List<String> PLAN_UNDER_REVIEW =
            List.of("Task_ResolveResourceGap", "Task_ApprovePlan", "Task_SponsorApprovePlan");

    private final ProjectRegistry projects;
    private final Planner planner;
    private final WorkPackageRepository workPackages;
    private final BaselineRepository baselines;
    private final RuntimeService runtimeService;
    private final EngineAsApplication asApplication;

    public PlanService(ProjectRegistry projects, Planner planner, WorkPackageRepository workPackages,
                       BaselineRepository baselines, RuntimeService runtimeService,
                       EngineAsApplication asApplication) {
        this.projects = projects;
        this.planner = planner;
        this.workPackages = workPackages;
        this.baselines = baselines;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
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
     * As {@link #storeDraft(String, List)} for a plan read from CSV. Its errors of format and, when the rest of it
     * could be read, the rules its packages break are refused together, so that one value that is not a number
     * does not hide the other lines' faults until it is fixed.
     */
    @Transactional
    StoredDraft storeDraft(String projectKey, WorkPackageParser.CsvPlan csv) {
        if (csv.errors().isEmpty()) {
            return storeDraft(projectKey, csv.packages());
        }
        requireEditable(projectKey);
        if (csv.complete()) {
            Set<String> unreadable = csv.errors().fields();
            try {
                planner.validate(csv.packages());
            } catch (InvalidInputException broken) {
                broken.fields().stream().filter(error -> !unreadable.contains(error.field()))
                        .forEach(error -> csv.errors().add(error.field(), error.message()));
            }
        }
        throw csv.errors().toException();
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

    /**
     * What an upload through our API needs beyond {@link #requireEditable}: the lifecycle is not reviewing a
     * baseline built from the draft. An upload then would change the packages but not the baseline under review,
     * and approving that baseline would put its packages back.
     *
     * @throws ConflictException also while the plan waits at a staffing gap or at the plan gate
     */
    @Transactional(readOnly = true)
    public void requireUploadable(String projectKey) {
        requireEditable(projectKey);
        // As the application: the project manager may upload the plan without the right to read the lifecycle.
        boolean underReview = asApplication.call(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LifecycleVariables.PROCESS_KEY).processInstanceBusinessKey(projectKey)
                .activityIdIn(PLAN_UNDER_REVIEW.toArray(String[]::new)).count() > 0);
        if (underReview) {
            throw new ConflictException("The plan of project " + projectKey + " is under review at the plan gate; "
                    + "it can be uploaded again if the gate sends it back to the project manager");
        }
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
