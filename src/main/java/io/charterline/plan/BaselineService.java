package io.charterline.plan;

import io.charterline.platform.web.ConflictException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines: v1 is built from the draft plan and approved at the plan gate; change control records v2, v3, ...
 * as approved versions that supersede the one before. No version is ever deleted once approved.
 *
 * <p>Change control works on a copy: {@code currentBaseline(key).plan().specs()} into a new list, add, remove
 * or replace specs, {@link #replan} for the what-if, then {@link #recordApprovedVersion} with the version the
 * analysis was based on.
 */
@Service
public class BaselineService {

    static final int FIRST_VERSION = 1;

    private final ProjectRegistry projects;
    private final Planner planner;
    private final BaselineRepository baselines;
    private final WorkPackageRepository workPackages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public BaselineService(ProjectRegistry projects, Planner planner, BaselineRepository baselines,
                           WorkPackageRepository workPackages, Clock clock, ApplicationEventPublisher events) {
        this.projects = projects;
        this.planner = planner;
        this.baselines = baselines;
        this.workPackages = workPackages;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Builds baseline v1 as DRAFT from the project's draft plan, replacing an earlier draft v1.
     *
     * @throws ConflictException if the project has no draft plan or already has an approved baseline
     */
    @Transactional
    public Baseline buildDraft(String projectKey, String createdBy) {
        Project project = projects.require(projectKey);
        Optional<BaselineRepository.Header> existing = baselines.header(projectKey, FIRST_VERSION);
        if (existing.isPresent() && existing.get().status() != BaselineStatus.DRAFT) {
            throw new ConflictException("Project " + projectKey + " already has the approved baseline v"
                    + FIRST_VERSION + "; its plan now changes only through a change request");
        }
        List<WorkPackage> draft = workPackages.findByProject(projectKey);
        if (draft.isEmpty()) {
            throw new ConflictException("Project " + projectKey + " has no draft plan; upload the work packages "
                    + "first (POST /api/projects/" + projectKey + "/work-packages)");
        }
        List<WorkPackageSpec> specs = draft.stream().map(p -> new WorkPackageSpec(p.code(), p.name(),
                p.estimateHours(), p.skill(), p.skillLevel(), p.predecessors())).toList();
        Plan plan = planner.plan(specs, project.getTargetStart(), assignees(draft));
        existing.ifPresent(earlier -> baselines.delete(earlier.id()));
        baselines.insert(projectKey, FIRST_VERSION, BaselineStatus.DRAFT,
                new BaselineRepository.Origin(createdBy, "Project management plan", null), clock.instant(), plan);
        return require(projectKey, FIRST_VERSION);
    }

    /** What the plan gate calls: approves the draft baseline v1. */
    @Transactional
    public Baseline approveBaseline(String projectKey) {
        return approve(projectKey, FIRST_VERSION);
    }

    /**
     * Approves a DRAFT baseline; an approved one before it becomes SUPERSEDED.
     *
     * @throws ConflictException if that version is not a draft (missing, or approved already)
     */
    @Transactional
    public Baseline approve(String projectKey, int version) {
        projects.require(projectKey);
        BaselineRepository.Header draft = baselines.header(projectKey, version)
                .filter(header -> header.status() == BaselineStatus.DRAFT)
                .orElseThrow(() -> new ConflictException("Project " + projectKey + " has no draft baseline v"
                        + version + " to approve"));
        Instant now = clock.instant();
        baselines.approved(projectKey).ifPresent(previous -> supersede(previous, now));
        if (!baselines.changeStatus(draft, BaselineStatus.APPROVED, now)) {
            throw concurrentChange(projectKey, version);
        }
        return require(projectKey, version);
    }

    /** The approved baseline, else the draft, else empty. */
    @Transactional(readOnly = true)
    public Optional<Baseline> currentBaseline(String projectKey) {
        return baselines.current(projectKey).map(baselines::load);
    }

    /** Every version of the project's baseline without its packages, oldest first. */
    @Transactional(readOnly = true)
    public List<BaselineVersion> versions(String projectKey) {
        projects.require(projectKey);
        return baselines.headers(projectKey).stream().map(header -> new BaselineVersion(header.version(),
                header.status(), header.createdAt(), header.createdBy(), header.reason(), header.changeRequestId(),
                header.approvedAt(), header.budgetAtCompletion(), header.startDate(), header.finishDate())).toList();
    }

    /**
     * The hourly rate at which each of {@code codes} was last planned, from the latest baseline version that held
     * it; a code no version held is left out. For packages a change has removed, whose hours still cost money.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> lastPlannedRates(String projectKey, Collection<String> codes) {
        return lastPlanned(projectKey, codes).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, planned -> planned.getValue().hourlyRate()));
    }

    /**
     * Each of {@code codes} as the latest baseline version that held it planned it (rate and cost); a code no
     * version held is left out. For packages a change has removed, which keep the budget of the work done on them.
     */
    @Transactional(readOnly = true)
    public Map<String, PlannedPackage> lastPlanned(String projectKey, Collection<String> codes) {
        return baselines.latestPlanned(projectKey, codes);
    }

    @Transactional(readOnly = true)
    public Optional<Baseline> baseline(String projectKey, int version) {
        return baselines.header(projectKey, version).map(baselines::load);
    }

    /**
     * The what-if of a proposed plan, scheduled from the project's start and costed like a baseline, with the
     * live packages' assignees; stores nothing. Work not begun by today starts no earlier ({@link StatusDate}).
     *
     * @throws io.charterline.platform.web.InvalidInputException naming every bad package field
     */
    @Transactional(readOnly = true)
    public Plan replan(String projectKey, List<WorkPackageSpec> proposed) {
        Project project = projects.require(projectKey);
        List<WorkPackage> live = workPackages.findByProject(projectKey);
        return planner.replan(proposed, project.getTargetStart(), statusDate(live), assignees(live));
    }

    /**
     * Records an approved change to the plan as the next version, superseding the approved baseline it was
     * analysed against, and publishes {@link BaselineVersionRecorded}.
     *
     * @param basedOnVersion the approved version the change was analysed against
     * @param cancelledWorkBudget what the packages the plan no longer holds keep in its budget at completion for
     *        the work done on them ({@link Plan#keeping})
     * @throws ConflictException if another version was approved in the meantime: analyse the change again
     * @throws io.charterline.platform.web.InvalidInputException naming every bad package field
     */
    @Transactional
    public Baseline recordApprovedVersion(String projectKey, int basedOnVersion, List<WorkPackageSpec> packages,
                                          BigDecimal cancelledWorkBudget, String changeRequestId, String reason,
                                          String approvedBy) {
        BaselineRepository.Header current = baselines.approved(projectKey)
                .orElseThrow(() -> new ConflictException("Project " + projectKey
                        + " has no approved baseline to change"));
        if (current.version() != basedOnVersion) {
            throw new ConflictException("Project " + projectKey + " is on baseline v" + current.version()
                    + ", but the change was analysed against v" + basedOnVersion + "; analyse it again");
        }
        Plan plan = replan(projectKey, packages).keeping(cancelledWorkBudget);
        Instant now = clock.instant();
        supersede(current, now);
        int version = baselines.latestVersion(projectKey) + 1;
        try {
            baselines.insert(projectKey, version, BaselineStatus.APPROVED,
                    new BaselineRepository.Origin(approvedBy, reason, changeRequestId), now, plan);
        } catch (DuplicateKeyException e) {
            throw concurrentChange(projectKey, version);
        }
        Baseline recorded = require(projectKey, version);
        events.publishEvent(new BaselineVersionRecorded(projectKey, version, recorded.plan()));
        return recorded;
    }

    private void supersede(BaselineRepository.Header approved, Instant now) {
        if (!baselines.changeStatus(approved, BaselineStatus.SUPERSEDED, now)) {
            throw concurrentChange(approved.projectKey(), approved.version());
        }
    }

    private Baseline require(String projectKey, int version) {
        return baseline(projectKey, version).orElseThrow();
    }

    /** Today on the application's clock, with the live packages whose work has begun. */
    private StatusDate statusDate(List<WorkPackage> live) {
        Map<String, WorkPackageState> states = new HashMap<>(live.size() * 2);
        live.forEach(p -> states.put(p.code(), p.state()));
        return StatusDate.of(LocalDate.now(clock), states);
    }

    private static Function<String, String> assignees(List<WorkPackage> live) {
        Map<String, String> byCode = live.stream().filter(p -> p.assignee() != null)
                .collect(Collectors.toMap(WorkPackage::code, WorkPackage::assignee));
        return byCode::get;
    }

    private static ConflictException concurrentChange(String projectKey, int version) {
        return new ConflictException("Baseline v" + version + " of project " + projectKey
                + " was changed at the same time by someone else; reload it and try again");
    }
}
