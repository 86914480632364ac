package io.charterline.change;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business steps of the change-control process on a registered change request: each records its outcome on
 * the request and tells the change log what happened. The delegates only map variables to and from these calls.
 */
@Service
public class ChangeControlService {

    private static final Logger log = LoggerFactory.getLogger(ChangeControlService.class);

    private final ChangeRequestRepository changeRequests;
    private final ChangeVoteRepository votes;
    private final ProjectRepository projects;
    private final ChangeLog changeLog;
    private final ImpactAnalyzer impactAnalyzer;
    private final ImplementationScheduler scheduler;
    private final BaselineUpdater baselineUpdater;
    private final StoredImpacts impacts;
    private final ChangeOutcomeNotice outcomeNotice;
    private final BaselineService baselines;
    private final ApproverNotice approverNotice;

    public ChangeControlService(ChangeRequestRepository changeRequests, ChangeVoteRepository votes,
                                ProjectRepository projects, ChangeLog changeLog, ImpactAnalyzer impactAnalyzer,
                                ImplementationScheduler scheduler, BaselineUpdater baselineUpdater,
                                StoredImpacts impacts, ChangeOutcomeNotice outcomeNotice, BaselineService baselines,
                                ApproverNotice approverNotice) {
        this.changeRequests = changeRequests;
        this.votes = votes;
        this.projects = projects;
        this.changeLog = changeLog;
        this.impactAnalyzer = impactAnalyzer;
        this.scheduler = scheduler;
        this.baselineUpdater = baselineUpdater;
        this.impacts = impacts;
        this.outcomeNotice = outcomeNotice;
        this.baselines = baselines;
        this.approverNotice = approverNotice;
    }

    /** What the process needs to know after the impact analysis. */
    public record Analysed(ChangeRequest changeRequest, Project project, ImpactAnalysis impact) {
    }

    @Transactional
    public Analysed analyse(String changeRequestId) {
        ChangeRequest changeRequest = require(changeRequestId);
        Project project = projects.findById(changeRequest.getProjectId()).orElseThrow();
        ImpactAnalysis impact = impactAnalyzer.analyse(project.getKey(), changeRequestId, changeRequest.proposal());
        changeRequest.recordAnalysis(impacts.write(impact), impact.summary(), impact.baselineVersion());
        changeLog.record(changeRequestId, null, ChangeEvent.ANALYSED, impact.summary());
        return new Analysed(changeRequest, project, impact);
    }

    /**
     * @param classifiedBy null when a rule of the decision classified the change
     * @param ruleReason   the matched rule's reason from the decision; null when the rule gives none
     * @return the route the change takes (the one given, or sponsor and board for a class, risk or route the process
     *         does not know) and, in that case, why; and the reason approvers read, the rule's or the PMO's comment
     */
    @Transactional
    public RoutedClassification recordClassification(String changeRequestId, String changeClass, String riskLevel,
                                                     String approvalRoute, String classifiedBy, String comment,
                                                     String ruleReason) {
        String route = ApprovalRoutes.taken(approvalRoute, changeClass, riskLevel);
        String failSafe = ApprovalRoutes.failSafeNote(approvalRoute, changeClass, riskLevel);
        require(changeRequestId).classify(changeClass, riskLevel, route, classifiedBy, failSafe);
        String detail = "class %s, risk %s, route %s".formatted(changeClass, riskLevel, route);
        String reason;
        if (failSafe != null) {
            // The rule's reason speaks for a route the change does not take; the note says why it takes another.
            log.warn("Change request {}: {}", changeRequestId, failSafe);
            changeLog.record(changeRequestId, null, ChangeEvent.CLASSIFIED, detail + ". " + failSafe);
            reason = null;
        } else if (classifiedBy == null) {
            reason = ruleReason == null || ruleReason.isBlank() ? null : ruleReason;
            changeLog.record(changeRequestId, null, ChangeEvent.CLASSIFIED,
                    reason == null ? detail : detail + ". " + reason);
        } else {
            changeLog.record(changeRequestId, classifiedBy, ChangeEvent.CLASSIFIED_BY_HAND, detail + ": " + comment);
            reason = "Classified by the PMO (" + classifiedBy + "): " + comment;
        }
        return new RoutedClassification(route, failSafe, reason);
    }

    /**
     * @param note   why the change does not take the route its rule gave; null when it does
     * @param reason why the change got its class, risk and route: the rule's reason or the PMO's comment; null
     *               when the change does not take its rule's route (the note says why) or the rule gives no reason
     */
    public record RoutedClassification(String route, String note, String reason) {
    }

    /** The emergency board's member who judged the change no emergency, and why; it is classified again. */
    @Transactional
    public void rerouteAsNormal(String changeRequestId, String decidedBy, String reason) {
        require(changeRequestId).rerouteAsNormal();
        changeLog.record(changeRequestId, decidedBy, ChangeEvent.REROUTED_AS_NORMAL,
                "Not an emergency, classified again as NORMAL: " + reason);
    }

    /** @param decidedBy the approver, "ccb" for the board's vote, or null for a pre-approved standard change */
    @Transactional
    public void recordDecision(String changeRequestId, ChangeDecision decision, String decidedBy, String reason) {
        require(changeRequestId).decide(decision, decidedBy, reason);
        ChangeEvent event = switch (decision) {
            case APPROVE -> ChangeEvent.APPROVED;
            case REJECT -> ChangeEvent.REJECTED;
            case DEFER -> ChangeEvent.DEFERRED;
        };
        changeLog.record(changeRequestId, decidedBy, event, reason);
    }

    @Transactional
    public void recordVote(String changeRequestId, String voter, ChangeDecision vote, String reason) {
        ChangeRequest changeRequest = require(changeRequestId);
        votes.save(new ChangeVote(changeRequest.getId(), voter, vote, reason));
        changeLog.record(changeRequestId, voter, ChangeEvent.VOTED, vote + ": " + reason);
    }

    @Transactional(readOnly = true)
    public VoteTally tally(String changeRequestId, int voters) {
        return VoteTally.of(voters, votes(changeRequestId).stream().map(ChangeVote::getVote).toList());
    }

    /** The board's votes on the change, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeVote> votes(String changeRequestId) {
        return votes.findByChangeRequestIdOrderByVotedAtAscIdAsc(require(changeRequestId).getId());
    }

    /**
     * Tells the requester of a rejection or deferral in the notifications too, where approvals and closings are.
     *
     * @param outcome how the requester's task says it
     * @param reason  the decision's reason, with who gave it
     */
    @Transactional(readOnly = true)
    public void tellDecision(String changeRequestId, String outcome, String reason) {
        ChangeRequest changeRequest = require(changeRequestId);
        outcomeNotice.decided(changeRequest, projects.findById(changeRequest.getProjectId()).orElseThrow(), outcome,
                reason);
    }

    /**
     * Schedules in the requested window when it is free and tells the requester of the approval; otherwise logs the
     * conflicts and leaves the window to the PMO.
     */
    @Transactional
    public WindowProposal schedule(String changeRequestId, String implementer) {
        ChangeRequest changeRequest = require(changeRequestId);
        Project project = projects.findById(changeRequest.getProjectId()).orElseThrow();
        WindowProposal proposal = scheduler.schedule(project.getKey(), changeRequestId, changeRequest.proposal(),
                implementer);
        if (proposal.conflictFree()) {
            changeRequest.schedule(proposal.requested(), null);
            changeLog.record(changeRequestId, null, ChangeEvent.SCHEDULED, "Implementation window "
                    + proposal.requested() + ", implementer " + implementer);
            outcomeNotice.approved(changeRequest, project, proposal.requested());
        } else {
            changeLog.record(changeRequestId, null, ChangeEvent.WINDOW_CONFLICT, describe(proposal));
        }
        return proposal;
    }

    /**
     * The project's planned finish with the change: its current baseline's finish moved by the change's analysed
     * slip (none while it is not analysed); null without a baseline.
     */
    @Transactional(readOnly = true)
    public LocalDate plannedFinishWithChange(String changeRequestId) {
        ChangeRequest changeRequest = require(changeRequestId);
        ImpactAnalysis impact = impacts.of(changeRequest);
        long slipDays = impact == null ? 0 : impact.scheduleSlipDays();
        return baselines.currentBaseline(project(changeRequest).getKey())
                .map(baseline -> baseline.plan().finishDate())
                .map(finish -> finish.plusDays(slipDays))
                .orElse(null);
    }

    /**
     * The PMO's choice on a conflicting window: the proposed free one, or the requested one with a reason. Either way
     * the change is scheduled by their decision, so the log says so with the implementer, as for a free window. The
     * requester is told of the approval now that the window is settled, with who moved or kept it and why.
     */
    @Transactional
    public void decideWindow(String changeRequestId, ImplementationWindow window, String overrideReason,
                             String decidedBy, String implementer) {
        ChangeRequest changeRequest = require(changeRequestId);
        changeRequest.schedule(window, overrideReason);
        Project project = project(changeRequest);
        // Asked again rather than stored: the same rules, on the same catalog, still name the conflicts.
        WindowProposal requestedWindow = scheduler.schedule(project.getKey(), changeRequestId,
                changeRequest.proposal(), null);
        if (overrideReason == null) {
            changeLog.record(changeRequestId, decidedBy, ChangeEvent.SCHEDULED,
                    "Moved to the next free window " + window + ", implementer " + implementer);
            outcomeNotice.approvedInMovedWindow(changeRequest, project, window, requestedWindow.requested(),
                    decidedBy, requestedWindow.conflicts());
        } else {
            changeLog.record(changeRequestId, decidedBy, ChangeEvent.WINDOW_OVERRIDDEN,
                    "Kept the requested window " + window + " despite its conflicts: " + overrideReason);
            changeLog.record(changeRequestId, decidedBy, ChangeEvent.SCHEDULED,
                    "Implementation window " + window + " (the requested one, kept), implementer " + implementer);
            List<ImpactAnalysis.WindowConflict> freezes = requestedWindow.conflicts().stream()
                    .filter(conflict -> conflict.kind() == ImpactAnalysis.ConflictKind.FREEZE).toList();
            outcomeNotice.approvedInKeptWindow(changeRequest, project, window, decidedBy, overrideReason, freezes);
        }
    }

    /**
     * The PMO rejects the change at its window decision, as no window fits it. Its approvers had approved it, so the
     * log keeps their approval and says where it was rejected; the change ends REJECTED with the baseline untouched.
     */
    @Transactional
    public void rejectForNoWindow(String changeRequestId, String decidedBy, String reason) {
        require(changeRequestId).decide(ChangeDecision.REJECT, decidedBy, reason);
        changeLog.record(changeRequestId, decidedBy, ChangeEvent.REJECTED,
                "Rejected at the window decision: no window fits. " + reason);
    }

    /** Applies the approved change; the project's sponsor and manager are told when it moved their plan. */
    @Transactional(noRollbackFor = ChangeNoLongerAppliesException.class)
    public int updateBaseline(String changeRequestId) {
        ChangeRequest changeRequest = require(changeRequestId);
        Project project = project(changeRequest);
        BigDecimal budgetBefore = project.getApprovedBudget();
        Optional<Baseline> before = baselines.currentBaseline(project.getKey());
        int version = baselineUpdater.apply(project.getKey(), changeRequestId, changeRequest.proposal(),
                changeRequest.getAnalysedBaselineVersion());
        changeRequest.baselineApplied(version);
        ChangeOutcomeNotice.BaselineMove move = before.filter(previous -> previous.version() != version)
                .flatMap(previous -> baselines.baseline(project.getKey(), version)
                        .map(next -> new ChangeOutcomeNotice.BaselineMove(previous.version(), version,
                                previous.plan().finishDate(), next.plan().finishDate(),
                                previous.plan().budgetAtCompletion(), next.plan().budgetAtCompletion())))
                .orElse(null);
        List<String> boardVoters = CharterlineGroups.CCB.equals(changeRequest.getDecidedBy())
                ? votes(changeRequestId).stream().filter(vote -> vote.getVote() == ChangeDecision.APPROVE)
                        .map(ChangeVote::getVoterId).toList()
                : List.of();
        outcomeNotice.baselineChanged(changeRequest, project, move, budgetBefore,
                projects.findById(changeRequest.getProjectId()).orElseThrow().getApprovedBudget(), boardVoters);
        return version;
    }

    private Project project(ChangeRequest changeRequest) {
        return projects.findById(changeRequest.getProjectId()).orElseThrow();
    }

    /** A step a person took on a user task; moves the request to {@code status} when one is given. */
    @Transactional
    public void recordStep(String changeRequestId, String actor, ChangeEvent event, ChangeStatus status,
                           String detail) {
        ChangeRequest changeRequest = require(changeRequestId);
        if (status != null) {
            changeRequest.moveTo(status);
        }
        changeLog.record(changeRequestId, actor, event, detail);
    }

    /** @param reviewedBy who found the implementation successful; the requester is told */
    @Transactional
    public void close(String changeRequestId, String reviewedBy) {
        ChangeRequest changeRequest = require(changeRequestId);
        changeRequest.close();
        changeLog.record(changeRequestId, null, ChangeEvent.CLOSED, "Implemented and reviewed successfully");
        outcomeNotice.closed(changeRequest, projects.findById(changeRequest.getProjectId()).orElseThrow(),
                reviewedBy);
    }

    /**
     * @param reviewedBy who found the implementation failed: the back-out's baseline version names them
     * @throws ChangeBackOutRefusedException if the plan without the change would be invalid: the change stays in
     *         effect, and the request and the change log say why
     */
    @Transactional(noRollbackFor = ChangeBackOutRefusedException.class)
    public void backOut(String changeRequestId, String reviewedBy) {
        ChangeRequest changeRequest = require(changeRequestId);
        Project project = projects.findById(changeRequest.getProjectId()).orElseThrow();
        int restored;
        try {
            restored = baselineUpdater.restore(project.getKey(), changeRequestId,
                    changeRequest.getAnalysedBaselineVersion(), reviewedBy);
        } catch (ChangeBackOutRefusedException refused) {
            changeRequest.backOutRefused();
            changeLog.record(changeRequestId, null, ChangeEvent.BACK_OUT_REFUSED,
                    "Implementation failed, but the back-out is refused and the change stays in effect: "
                            + refused.getMessage());
            // Someone reading the later change's own history learns that it keeps a failed change in effect.
            refused.laterChanges().forEach(later -> changeLog.record(later, null, ChangeEvent.BLOCKED_BACK_OUT,
                    "Blocks the back-out of " + changeRequestId + ", which stays in effect: " + refused.getMessage()));
            throw refused;
        }
        changeRequest.backOut();
        changeLog.record(changeRequestId, null, ChangeEvent.BACKED_OUT,
                "Implementation failed; backed out, baseline v" + restored + " is current");
    }

    /**
     * The project was terminated: each of its changes still in flight ends, and the change log says why. One whose
     * baseline update took effect stays in the plan and reads APPLIED, not implemented; any other is CANCELLED.
     * Each requester is told. Answers how many ended.
     *
     * @param terminatedBy who terminated the project; null when the process does not know
     */
    @Transactional
    public int cancelInFlight(String projectKey, String terminatedBy, String reason) {
        Project project = projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project " + projectKey));
        List<ChangeRequest> inFlight = changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()).stream()
                .filter(changeRequest -> ChangeStatus.IN_FLIGHT.contains(changeRequest.getStatus()))
                .toList();
        for (ChangeRequest changeRequest : inFlight) {
            changeRequest.cancel();
            if (changeRequest.getAppliedBaselineVersion() == null) {
                changeLog.record(changeRequest.getKey(), null, ChangeEvent.CANCELLED,
                        "ended: project terminated (" + reason + ")");
            } else {
                changeLog.record(changeRequest.getKey(), null, ChangeEvent.NOT_IMPLEMENTED,
                        "not implemented: project terminated (" + reason + "); baseline v"
                                + changeRequest.getAppliedBaselineVersion() + " with this change stays in effect");
            }
            outcomeNotice.cancelled(changeRequest, project, terminatedBy, reason);
        }
        return inFlight.size();
    }

    /**
     * The change was withdrawn before its decision: it ends WITHDRAWN, the change log says by whom and why, and
     * those who had a task on it are told that it is gone.
     */
    @Transactional
    public void withdraw(String changeRequestId, String withdrawnBy, String reason, List<String> approvers) {
        ChangeRequest changeRequest = require(changeRequestId);
        changeRequest.withdraw();
        changeLog.record(changeRequestId, withdrawnBy, ChangeEvent.WITHDRAWN, "withdrawn before its decision: "
                + reason);
        approverNotice.withdrawn(changeRequest, projects.findById(changeRequest.getProjectId()).orElseThrow(),
                withdrawnBy, reason, approvers);
    }

    /** Reminds the board members who have not voted yet that their vote is due. */
    @Transactional
    public void remindVoters(String changeRequestId, String due, List<String> voters) {
        ChangeRequest changeRequest = require(changeRequestId);
        approverNotice.voteDue(changeRequest, projects.findById(changeRequest.getProjectId()).orElseThrow(), due,
                voters);
    }

    @Transactional(readOnly = true)
    public ChangeRequest require(String changeRequestId) {
        return changeRequests.findByKey(changeRequestId)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestId));
    }

    static String describe(WindowProposal proposal) {
        String conflicts = proposal.conflicts().stream()
                .map(ImpactAnalysis.WindowConflict::inWords)
                .collect(Collectors.joining("; "));
        return "Requested window " + proposal.requested() + " is " + conflicts + ". "
                + (proposal.proposed() != null ? "Next free window: " + proposal.proposed() + "."
                        : proposal.tooShort().isEmpty() ? "No free window within 90 days."
                        : noWindowEverFits(proposal));
    }

    private static String noWindowEverFits(WindowProposal proposal) {
        String services = proposal.tooShort().stream()
                .map(item -> item.item() + "'s maintenance windows last at most "
                        + WindowRules.lengthOf(item.longestWindow()))
                .collect(Collectors.joining(", "));
        return "No free window: the requested window lasts " + WindowRules.lengthOf(proposal.requested().length())
                + ", but " + services + ", so no window of that length is ever free. Reject the change so the"
                + " requester can request it again with a shorter window or in parts, or keep the requested window"
                + " despite the conflicts.";
    }
}
