package io.charterline.change;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineDiff;
import io.charterline.plan.BaselineService;
import io.charterline.plan.BaselineStatus;
import io.charterline.plan.PlannedPackage;
import io.charterline.plan.SkillRates;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageValidator;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import io.charterline.resource.Restaffing;
import io.charterline.time.TimeEntryService;
import io.charterline.work.WorkRelease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes approved changes as new baseline versions and backs them out the same way, never deleting a version;
 * then brings the live work packages and the project's bookings in line and releases the packages that became
 * ready. Bookings follow the plan before work is released, so a package the change added goes to the person now
 * booked on it (see {@link Restaffing} for whose bookings stay, move or go).
 *
 * <p>A proposed budget change moves the project's approved budget ({@link Project#getApprovedBudget()}) by its
 * amount, and a back-out moves it back. It does not enter the baseline's budget at completion, which stays the sum
 * of the planned packages' costs plus the budget of cancelled work: earned value needs every planned cent to
 * belong to work, else a project with all its work done would never earn its BAC. Money granted without work is
 * reserve in the approved budget. A package the plan no longer holds keeps what was spent on it, up to its planned
 * cost ({@link RetainedCost}), as the impact analysis counted it; a package a back-out brings back has its whole
 * planned cost again.
 *
 * <p>No update is lost: a change analysed on a version that is no longer the approved one is analysed again on
 * the current version and applied on top of it. Changes to one project are applied one after the other: each
 * locks the project's row first, so a change applied at the same moment as another waits for it, then reads the
 * version it recorded. (Without the lock both would read the same version, the baseline's row version would fail
 * one of them with a {@link ConflictException}, and its job would wait minutes for its retry.)
 */
@Component
public class VersionedBaselineUpdater implements BaselineUpdater {

    private final BaselineService baselines;
    private final ImpactAnalyzer impactAnalyzer;
    private final ChangeRequestRepository changeRequests;
    private final ChangeLog changeLog;
    private final WorkPackageService workPackages;
    private final WorkRelease workRelease;
    private final Restaffing restaffing;
    private final TimeEntryService timeEntries;
    private final ProjectRegistry projects;
    private final SkillRates skillRates;
    private final StoredImpacts impacts;
    private final ChangeVoteRepository votes;
    private final WorkPackageValidator planValidator = new WorkPackageValidator();

    public VersionedBaselineUpdater(BaselineService baselines, ImpactAnalyzer impactAnalyzer,
                                    ChangeRequestRepository changeRequests, ChangeLog changeLog,
                                    WorkPackageService workPackages, WorkRelease workRelease,
                                    Restaffing restaffing, TimeEntryService timeEntries, ProjectRegistry projects,
                                    SkillRates skillRates, StoredImpacts impacts, ChangeVoteRepository votes) {
        this.baselines = baselines;
        this.impactAnalyzer = impactAnalyzer;
        this.changeRequests = changeRequests;
        this.changeLog = changeLog;
        this.workPackages = workPackages;
        this.workRelease = workRelease;
        this.restaffing = restaffing;
        this.timeEntries = timeEntries;
        this.projects = projects;
        this.skillRates = skillRates;
        this.impacts = impacts;
        this.votes = votes;
    }

    @Override
    @Transactional(noRollbackFor = ChangeNoLongerAppliesException.class)
    public int apply(String projectKey, String changeRequestId, ChangeProposal proposal,
                     int analysedBaselineVersion) {
        Project project = projects.lock(projectKey);
        requireBudgetLeft(project, changeRequestId, proposal.budgetChange());
        Optional<Baseline> approved = approved(projectKey);
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestId).orElseThrow();
        // Charterline updates the baseline (no actor, like the other steps it takes itself) on the approvers' word.
        String approvers = approvedBy(changeRequest);
        String onApproval = approvers == null ? "As a standard change, approved without review: "
                : "On the approval of " + approvers + ": ";
        if (approved.isEmpty()) {
            changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_UPDATED, onApproval + "project " + projectKey
                    + " has no approved baseline yet; the change is taken into the plan before it is approved"
                    + changeBudget(project, proposal.budgetChange()));
            return analysedBaselineVersion;
        }
        Baseline current = approved.get();
        if (!proposal.changesPlan()) {
            changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_UPDATED, onApproval
                    + "baseline v%d stays current: the change touches no work package, so no new version is recorded%s"
                            .formatted(current.version(), changeBudget(project, proposal.budgetChange())));
            return current.version();
        }
        // Checked before the re-analysis, which would fail on the same proposal inside its own transactional call.
        // Work finished or started since the request was made is checked too: finished work is history now, and
        // started work cannot be made to wait; the change no longer applies.
        List<WorkPackageSpec> specs;
        try {
            specs = ProposedPlan.apply(current.plan().specs(), current.version(),
                    proposal.workPackageChangesOrEmpty(), skillRates.hourlyRates().keySet(),
                    workPackages.states(projectKey));
        } catch (InvalidInputException invalid) {
            throw new ChangeNoLongerAppliesException(changeRequestId + " can no longer be applied to baseline v"
                    + current.version() + " of " + projectKey + ": " + invalid.getMessage());
        }
        if (proposal.proposes(WorkPackageAction.ADD) && workPackages.allDone(projectKey)) {
            throw new ChangeNoLongerAppliesException(changeRequestId + " can no longer be applied: all work of "
                    + projectKey + " is finished and its acceptance is under way, so it takes no new work packages."
                    + " Propose the work as a project or phase of its own.");
        }
        if (current.version() != analysedBaselineVersion) {
            reanalyse(changeRequest, projectKey, proposal, analysedBaselineVersion, current.version());
        } else if (proposal.proposes(WorkPackageAction.REMOVE)) {
            reanalyseIfSpendingMoved(changeRequest, projectKey, proposal);
        }
        Baseline next = baselines.recordApprovedVersion(projectKey, current.version(), specs,
                cancelledWorkBudget(projectKey, specs, actualHours(projectKey)), changeRequestId,
                changeRequestId + ": " + changeRequest.getTitle(), approvedBy(changeRequest));
        BaselineDiff diff = BaselineDiff.between(current.version(), current.plan(), next.plan());
        changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_UPDATED,
                onApproval + "baseline v%d recorded on v%d: %s%s%s".formatted(next.version(), current.version(),
                        diff.summary(),
                        finishParts(projectKey, current, next, "by this change"),
                        changeBudget(project, proposal.budgetChange())));
        updateWork(projectKey, changeRequestId, diff);
        workRelease.noteAddedByChange(projectKey, addedCodes(diff), changeRequestId);
        return next.version();
    }

    /**
     * Backs out only this change's own delta, on top of the current version, so changes approved after it stay
     * ({@link ChangeBackOut} says what is undone and what is kept); the change log lists both.
     *
     * @throws ChangeBackOutRefusedException if the plan without the change is no valid plan (say, a cycle through
     *         packages of later changes): nothing is recorded then, and the approved budget stays
     */
    @Override
    @Transactional(noRollbackFor = ChangeBackOutRefusedException.class)
    public int restore(String projectKey, String changeRequestId, int versionBeforeChange, String backedOutBy) {
        Project project = projects.lock(projectKey);
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestId).orElseThrow();
        ChangeProposal proposal = changeRequest.proposal();
        BigDecimal giveBack = proposal.budgetChange() == null ? null : proposal.budgetChange().negate();
        Optional<Baseline> approved = approved(projectKey);
        // Charterline restores the baseline (no actor, as when it updates it) on the reviewer's word.
        String onReview = backedOutBy == null ? "On the review that found the implementation failed: "
                : "On the review of " + backedOutBy + ", who found the implementation failed: ";
        if (approved.isEmpty()) {
            changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_RESTORED, onReview + "project " + projectKey
                    + " has no approved baseline; no plan to restore" + changeBudget(project, giveBack));
            return versionBeforeChange;
        }
        Baseline current = approved.get();
        if (!proposal.changesPlan()) {
            changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_RESTORED, onReview + ("baseline v%d stays "
                    + "current: the change touched no work package, so the plan has nothing to take out%s")
                    .formatted(current.version(), changeBudget(project, giveBack)));
            return current.version();
        }
        int changeVersion = changeRequest.getAppliedBaselineVersion() == null ? versionBeforeChange
                : changeRequest.getAppliedBaselineVersion();
        Map<String, BigDecimal> hours = actualHours(projectKey);
        ChangeBackOut.Result backOut = ChangeBackOut.revert(stored(projectKey, versionBeforeChange).plan().specs(),
                stored(projectKey, changeVersion).plan().specs(), current.plan().specs(),
                workPackages.finished(projectKey), hours);
        Set<String> reopened = backOut.specs().stream().map(WorkPackageSpec::code).collect(Collectors.toSet());
        current.plan().specs().forEach(spec -> reopened.remove(spec.code()));
        if (!reopened.isEmpty() && workPackages.allDone(projectKey)) {
            throw new ChangeBackOutRefusedException(changeRequestId + " cannot be backed out of baseline v"
                    + current.version() + " of " + projectKey + ": it would bring back " + String.join(", ",
                    new TreeSet<>(reopened)) + " after all work is finished and acceptance is under way. Request"
                    + " the work as a project or phase of its own, or accept the deliverables without it.");
        }
        String refused = "%s cannot be backed out of baseline v%d of %s by itself: "
                .formatted(changeRequestId, current.version(), projectKey);
        if (!backOut.stranded().isEmpty()) {
            Stranded stranded = stranded(projectKey, backOut.stranded(), changeVersion, current.version());
            throw new ChangeBackOutRefusedException(refused + stranded.reason() + ". Request a change that takes it"
                    + " out by hand and says what these packages wait for instead.", stranded.laterChanges());
        }
        // Checked here, not by the baseline service: its transactional call would fail the engine's transaction
        // on the same plan, and the refusal could not be recorded.
        try {
            planValidator.validate(backOut.specs(), skillRates.hourlyRates().keySet());
        } catch (InvalidInputException invalid) {
            throw new ChangeBackOutRefusedException(refused + "without it, " + problems(invalid)
                    + ". Request a change that takes it out by hand.");
        }
        Baseline restored = baselines.recordApprovedVersion(projectKey, current.version(), backOut.specs(),
                cancelledWorkBudget(projectKey, backOut.specs(), hours), changeRequestId,
                "Back-out of " + changeRequestId + ": its changes of v" + changeVersion + " taken out of v"
                        + current.version(), backedOutBy);
        String budget = changeBudget(project, unspentBudget(projectKey, proposal.budgetChange(),
                cancelledAdded(stored(projectKey, versionBeforeChange).plan().specs(), current.plan().specs(),
                        backOut.specs(), hours), hours));
        BaselineDiff diff = BaselineDiff.between(current.version(), current.plan(), restored.plan());
        changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_RESTORED,
                onReview + "baseline v%d recorded on v%d without this change's own changes (v%d to v%d); later changes"
                        .formatted(restored.version(), current.version(), versionBeforeChange, changeVersion)
                        + " stay. "
                        + "Reverted: " + listed(backOut.reverted()) + ". Kept: " + listed(backOut.kept()) + ". "
                        + diff.summary() + finishParts(projectKey, current, restored, "by taking this change out")
                        + budget);
        updateWork(projectKey, changeRequestId, diff);
        return restored.version();
    }

    /**
     * The finish's move in its two parts when the plan is off its dates: the new version is scheduled on today's
     * date, so its finish carries the lateness of work not begun that is behind its dates, or the gain of begun work
     * ahead of the dates an earlier status date gave it, as well as the change's own move, the slip its impact
     * analysis showed. Empty when the plan is on time, and all of the move is the change's.
     */
    private String finishParts(String projectKey, Baseline current, Baseline next, String changesPart) {
        LocalDate forecast = baselines.replan(projectKey, current.plan().specs()).finishDate();
        long late = ChronoUnit.DAYS.between(current.plan().finishDate(), forecast);
        long changes = ChronoUnit.DAYS.between(forecast, next.plan().finishDate());
        if (late == 0) {
            return "";
        }
        if (late > 0) {
            return " (%s of it because work not begun is behind its dates, %s %s)"
                    .formatted(Counted.of(late, "day"), Counted.signed(changes, "day"), changesPart);
        }
        // The finish moves by less than the change's slip, or earlier: the dates show how the two parts add up.
        return " (from %s to %s: %s earlier because work begun is ahead of its dates, %s %s)"
                .formatted(current.plan().finishDate(), next.plan().finishDate(), Counted.of(-late, "day"),
                        Counted.signed(changes, "day"), changesPart);
    }

    /** The packages the change added that the back-out cancels with hours already booked on them. */
    private static List<String> cancelledAdded(List<WorkPackageSpec> before, List<WorkPackageSpec> current,
                                               List<WorkPackageSpec> restored, Map<String, BigDecimal> hours) {
        Set<String> stays = new HashSet<>();
        before.forEach(spec -> stays.add(spec.code()));
        restored.forEach(spec -> stays.add(spec.code()));
        return current.stream().map(WorkPackageSpec::code)
                .filter(code -> !stays.contains(code) && hours.getOrDefault(code, BigDecimal.ZERO).signum() > 0)
                .toList();
    }

    /**
     * What the back-out takes out of the approved budget: the budget the change added, less what its cancelled
     * packages keep as spent cost (the budget of work performed stays, as for a change's removal of started work);
     * a budget the change took away comes back whole.
     */
    private BigDecimal unspentBudget(String projectKey, BigDecimal budgetChange, List<String> cancelled,
                                     Map<String, BigDecimal> hours) {
        if (budgetChange == null || budgetChange.signum() <= 0) {
            return budgetChange == null ? null : budgetChange.negate();
        }
        Map<String, PlannedPackage> last = baselines.lastPlanned(projectKey, cancelled);
        BigDecimal spent = cancelled.stream().filter(last::containsKey)
                .map(code -> RetainedCost.retained(last.get(code).plannedCost(),
                        RetainedCost.spent(hours.get(code), last.get(code).hourlyRate())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return budgetChange.subtract(spent).max(BigDecimal.ZERO).negate();
    }

    /**
     * What the packages {@code specs} no longer hold keep of their budget: what was spent on each, at the rate of
     * the latest version that planned it, up to the cost that version planned for it.
     */
    private BigDecimal cancelledWorkBudget(String projectKey, List<WorkPackageSpec> specs,
                                           Map<String, BigDecimal> hours) {
        Set<String> planned = specs.stream().map(WorkPackageSpec::code).collect(Collectors.toSet());
        List<String> dropped = hours.keySet().stream()
                .filter(code -> !planned.contains(code) && hours.get(code).signum() > 0).toList();
        Map<String, PlannedPackage> last = baselines.lastPlanned(projectKey, dropped);
        return dropped.stream().filter(last::containsKey)
                .map(code -> RetainedCost.retained(last.get(code).plannedCost(),
                        RetainedCost.spent(hours.get(code), last.get(code).hourlyRate())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Each stranded package, what it waits for, and the version after the change's own that last set its
     * predecessors, with the change that version was recorded for: the change the PMO has to talk to.
     */
    /**
     * Why the back-out would strand work, and the later changes that made that work wait.
     *
     * @param reason       one line per stranded package, naming the change that made it wait where one did
     * @param laterChanges those changes, in the order of the lines
     */
    private record Stranded(String reason, Set<String> laterChanges) {
    }

    private Stranded stranded(String projectKey, Map<String, List<String>> stranded, int changeVersion,
                              int currentVersion) {
        Map<Integer, Baseline> versions = new HashMap<>();
        IntFunction<Baseline> version = v -> versions.computeIfAbsent(v, key -> stored(projectKey, key));
        Set<String> laterChanges = new LinkedHashSet<>();
        String reason = stranded.entrySet().stream().map(waiting -> {
            String code = waiting.getKey();
            String removed = String.join(" and ", waiting.getValue());
            String line = code + " waits for " + removed + ", which the back-out would remove";
            for (int v = currentVersion; v > changeVersion; v--) {
                if (!Objects.equals(predecessors(version.apply(v), code), predecessors(version.apply(v - 1), code))) {
                    String setBy = version.apply(v).changeRequestId();
                    if (setBy == null) {
                        return line + " (baseline v" + v + ")";
                    }
                    laterChanges.add(setBy);
                    return line + " (" + setBy + " made it wait, in baseline v" + v + ")";
                }
            }
            return line;
        }).collect(Collectors.joining("; "));
        return new Stranded(reason, laterChanges);
    }

    /** Null if the version does not hold the package. */
    private static List<String> predecessors(Baseline baseline, String code) {
        return baseline.plan().specs().stream().filter(spec -> spec.code().equals(code)).findFirst()
                .map(WorkPackageSpec::predecessors).orElse(null);
    }

    /**
     * The plan's problems as the PMO reads them: each message names its package, so the field path of a plan
     * upload is left out, and so is the advice to the author of an upload.
     */
    private static String problems(InvalidInputException invalid) {
        return invalid.fields().stream()
                .map(field -> field.message().replace(WorkPackageValidator.CYCLE_ADVICE, ""))
                .collect(Collectors.joining("; "));
    }

    /** Hours booked so far on each of the project's packages, by code. */
    private Map<String, BigDecimal> actualHours(String projectKey) {
        return timeEntries.actualHoursByPackage(projectKey, workPackages.list(projectKey));
    }

    private Baseline stored(String projectKey, int version) {
        return baselines.baseline(projectKey, version).orElseThrow(() ->
                new ConflictException("Project " + projectKey + " has no baseline v" + version));
    }

    private static String listed(List<String> lines) {
        return lines.isEmpty() ? "nothing" : String.join("; ", lines);
    }

    /**
     * A budget cut was checked against the approved budget and the cost spent when it was requested, but both move
     * while it waits: other changes move the budget, and hours are booked. A cut that would now leave the budget at
     * or below zero, or below what the work has cost by now, no longer applies.
     */
    private void requireBudgetLeft(Project project, String changeRequestId, BigDecimal budgetChange) {
        if (budgetChange == null || budgetChange.signum() >= 0) {
            return;
        }
        BigDecimal approved = project.getApprovedBudget();
        BigDecimal after = approved.add(budgetChange);
        BigDecimal spent = baselines.currentBaseline(project.getKey())
                .map(current -> RetainedCost.spentSoFar(current.plan(), actualHours(project.getKey())))
                .orElse(BigDecimal.ZERO);
        String cannot = changeRequestId + " can no longer be applied to " + project.getKey()
                + ": its budget change of " + Money.signed(budgetChange) + " ";
        if (after.signum() < 0) {
            throw new ChangeNoLongerAppliesException(cannot + "would take the approved budget of "
                    + Money.of(approved) + " below zero");
        }
        if (spent.signum() > 0 && after.compareTo(spent) < 0) {
            throw new ChangeNoLongerAppliesException(cannot + "would leave " + Money.of(after)
                    + " of the approved budget of " + Money.of(approved) + ", less than the " + Money.of(spent)
                    + " the project's work has cost by now");
        }
        if (after.signum() == 0) {
            throw new ChangeNoLongerAppliesException(cannot + "would leave the approved budget of "
                    + Money.of(approved) + " at $0.00; it must stay more than 0");
        }
    }

    /** Moves the approved budget by {@code amount}; what the change log says about it, empty for no change. */
    private static String changeBudget(Project project, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return "";
        }
        BigDecimal before = project.getApprovedBudget();
        project.changeBudget(amount);
        return "; approved budget " + Money.signed(amount) + ", from " + Money.of(before) + " to "
                + Money.of(project.getApprovedBudget());
    }

    private Optional<Baseline> approved(String projectKey) {
        return baselines.currentBaseline(projectKey).filter(b -> b.status() == BaselineStatus.APPROVED);
    }

    private void reanalyse(ChangeRequest changeRequest, String projectKey, ChangeProposal proposal,
                           int analysedVersion, int currentVersion) {
        ImpactAnalysis impact = impactAnalyzer.analyse(projectKey, changeRequest.getKey(), proposal);
        changeRequest.reanalysed(impacts.write(impact), impact.summary(), impact.baselineVersion());
        changeLog.record(changeRequest.getKey(), null, ChangeEvent.REANALYSED, "Analysed on v" + analysedVersion
                + ", but v" + currentVersion + " is current now; analysed again before applying. "
                + impact.summary());
    }

    /**
     * Hours booked on a removed package while the change waited for its approval make its saving smaller than the
     * approvers saw: the stored impact is brought up to date, and the log says why, before the baseline moves.
     */
    private void reanalyseIfSpendingMoved(ChangeRequest changeRequest, String projectKey, ChangeProposal proposal) {
        ImpactAnalysis impact = impactAnalyzer.analyse(projectKey, changeRequest.getKey(), proposal);
        ImpactAnalysis analysed = impacts.of(changeRequest);
        BigDecimal analysedCost = analysed == null ? null : analysed.costDelta();
        if (analysedCost != null && analysedCost.compareTo(impact.costDelta()) == 0) {
            return;
        }
        changeRequest.reanalysed(impacts.write(impact), impact.summary(), impact.baselineVersion());
        changeLog.record(changeRequest.getKey(), null, ChangeEvent.REANALYSED, "Hours were booked on work this "
                + "change removes since it was analysed (cost then " + (analysedCost == null ? "unknown"
                : analysedCost.toPlainString()) + "); analysed again before applying. " + impact.summary());
    }

    /**
     * Live packages and bookings follow the new baseline, and the tasks of packages it dropped end; in execution,
     * packages whose predecessors are done start now. Work nobody can be booked on is told to the PMO in the log,
     * not thrown: the change is approved and stands, and the gap is resolved by hand as at planning.
     */
    private void updateWork(String projectKey, String changeRequestId, BaselineDiff diff) {
        WorkPackageService.SyncResult sync = workPackages.syncFromBaseline(projectKey);
        workRelease.endCancelledWork(projectKey, sync.cancelled());
        ProjectStatus status = projects.require(projectKey).getStatus();
        String bookings = status.isActive() ? restaffing.followBaseline(projectKey, addedCodes(diff)).summary()
                : "bookings unchanged, the project is " + status;
        boolean executing = status == ProjectStatus.EXECUTING;
        int released = executing ? workRelease.releaseReady(projectKey) : 0;
        int replanned = executing ? workRelease.replanOpenWork(projectKey) : 0;
        boolean workFinished = executing && !sync.cancelled().isEmpty() && workRelease.endWorkIfNoneOpen(projectKey);
        changeLog.record(changeRequestId, null, ChangeEvent.WORK_PACKAGES_UPDATED,
                ("Live work packages: %d created, %d changed, %d cancelled; %d released to their assignees; "
                        + "open tasks with a new due date: %d; %s%s").formatted(sync.created(), sync.changed(),
                        sync.cancelled().size(), released, replanned, bookings,
                        workFinished ? "; no work is open any more, so the project moves on to acceptance" : ""));
    }

    private static Set<String> addedCodes(BaselineDiff diff) {
        return diff.added().stream().map(BaselineDiff.PackageValues::code).collect(Collectors.toSet());
    }

    /**
     * Who the baseline version says approved it: the approver, or for the board's vote the members who voted for
     * it, "the change control board (ccb1, ccb2)", shortened to the 64 characters a baseline keeps.
     */
    private String approvedBy(ChangeRequest changeRequest) {
        if (!CharterlineGroups.CCB.equals(changeRequest.getDecidedBy())) {
            return changeRequest.getDecidedBy();
        }
        List<String> approvers = votes.findByChangeRequestIdOrderByVotedAtAscIdAsc(changeRequest.getId()).stream()
                .filter(vote -> vote.getVote() == ChangeDecision.APPROVE).map(ChangeVote::getVoterId).toList();
        return BoardApproval.describe(approvers);
    }
}
