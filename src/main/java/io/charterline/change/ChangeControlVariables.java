package io.charterline.change;

import io.charterline.platform.process.RequireDecisionListener;

/**
 * The variables of the {@code change-control} process and of the change-request form, in one place for
 * delegates, listeners, tests and the forms in {@code forms/} (which use the same names as their field keys).
 */
public final class ChangeControlVariables {

    public static final String PROCESS_KEY = "change-control";
    public static final String DECISION_KEY = "change-classification";
    /** The requester's notice of a rejected or deferred change, a process of its own started by change-control. */
    public static final String NOTICE_PROCESS_KEY = "change-decision-notice";
    /** Starts {@link #NOTICE_PROCESS_KEY}. */
    public static final String MESSAGE_CHANGE_DECIDED = "ChangeDecided";
    /**
     * Withdraws a change not yet decided: interrupts change control wherever it waits (analysis, classification by
     * hand, approval, the board's vote); correlated by the change request service only while the change is undecided.
     */
    public static final String MESSAGE_CHANGE_WITHDRAWN = "ChangeWithdrawn";
    /** Ends an unread {@link #NOTICE_PROCESS_KEY} of a project that has closed or was terminated. */
    public static final String MESSAGE_PROJECT_ENDED = "ProjectEnded";

    // Passed in by the lifecycle's call activities; the business key is the change request id as well
    public static final String PROJECT_KEY = "projectKey";
    public static final String CHANGE_REQUEST_ID = "changeRequestId";

    // The change-request form (lifecycle task Task_RequestReplan); same names as the fields of the JSON body
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String REASON = "reason";
    public static final String REQUESTED_TYPE = "requestedType";
    /** CSV with the header {@code action,code,name,estimateHours,skill,skillLevel,predecessors}. */
    public static final String PROPOSED_CHANGES_CSV = "proposedChangesCsv";
    public static final String BUDGET_CHANGE = "budgetChange";
    public static final String SCOPE_CHANGE = "scopeChange";
    /** Comma-separated configuration-item keys. */
    public static final String AFFECTED_ITEMS = "affectedItems";
    public static final String WINDOW_START = "windowStart";
    public static final String WINDOW_END = "windowEnd";

    // Set by the impact analysis for the forms and the approver assignment
    public static final String CHANGE_TITLE = "changeTitle";
    public static final String REQUESTER = "requester";
    /** The requester's name ("Rita Requester") for the forms; the process keeps deciding by {@link #REQUESTER}. */
    public static final String REQUESTER_NAME = "requesterName";
    public static final String PROJECT_MANAGER = "projectManager";
    public static final String SPONSOR = "sponsor";
    /** Who implements an approved change: the project manager unless the task is reassigned in Tasklist. */
    public static final String IMPLEMENTER = "implementer";
    public static final String IMPACT_SUMMARY = "impactSummary";
    /** What the change proposes (what, why, work packages, budget, scope, services, window), for the forms. */
    public static final String CHANGE_SUMMARY = "changeSummary";

    // Inputs of the change-classification decision (REQUESTED_TYPE too)
    public static final String COST_SHARE_PERCENT = "costSharePercent";
    public static final String SCHEDULE_SLIP_DAYS = "scheduleSlipDays";
    public static final String CRITICAL_SERVICE_COUNT = "criticalServiceCount";
    public static final String MAX_SERVICE_CRITICALITY = "maxServiceCriticality";
    public static final String RESOURCE_OVERLOAD_COUNT = "resourceOverloadCount";
    public static final String WINDOW_CONFLICT_COUNT = "windowConflictCount";
    public static final String SCOPE_CHANGED = "scopeChanged";
    public static final String BUDGET_CHANGED = "budgetChanged";
    /** The move of the approved budget as a share of the approved budget, in percent, magnitude. */
    public static final String BUDGET_CHANGE_PERCENT = "budgetChangePercent";
    /** Whether the scope changes with no work package and no budget proposed: its cost and time are unknown. */
    public static final String SCOPE_NOT_ESTIMATED = "scopeNotEstimated";
    /** The affected services of criticality CRITICAL, by key, separated by commas, for the rules' reasons. */
    public static final String CRITICAL_SERVICES = "criticalServices";
    /** The affected services of criticality HIGH, by key, separated by commas, for the rules' reasons. */
    public static final String HIGH_SERVICES = "highServices";

    // Outputs of the decision, or of the PMO's classification by hand
    public static final String CHANGE_CLASS = "changeClass";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String APPROVAL_ROUTE = "approvalRoute";
    public static final String CLASSIFICATION_COMMENT = "classificationComment";
    /**
     * Why the change got its class, risk and route: the matched rule's reason, as the process owner wrote it in the
     * decision, or the PMO's comment when the PMO classified it by hand. The approvers' forms and the change log
     * show it.
     */
    public static final String CLASSIFICATION_REASON = "classificationReason";
    /** The approval route in words ("sponsor and change control board") for the approvers' forms. */
    public static final String APPROVAL_ROUTE_NAME = "approvalRouteName";
    /**
     * Why the change takes the strictest route rather than the one its rule gave: a class, risk or route the process
     * does not know; the approvers' forms show it. Null when the change takes its rule's route.
     */
    public static final String CLASSIFICATION_NOTE = "classificationNote";

    // Approval routes (values of APPROVAL_ROUTE)
    public static final String ROUTE_AUTO = "AUTO";
    public static final String ROUTE_PM = "PM";
    public static final String ROUTE_CCB = "CCB";
    public static final String ROUTE_SPONSOR_AND_CCB = "SPONSOR_AND_CCB";
    public static final String ROUTE_ECAB = "ECAB";
    /** No rule of the decision fits: the PMO classifies by hand. */
    public static final String ROUTE_MANUAL = "MANUAL";

    // Decisions of the project manager, the sponsor, the emergency board and the tally of the board's votes
    public static final String CHANGE_DECISION = "changeDecision";
    public static final String CHANGE_DECISION_REASON = "changeDecisionReason";
    /** The reason as the requester's notice gives it, with who gave it ("Priya Manager: ..."; the board's each). */
    public static final String CHANGE_DECISION_REASON_GIVEN = "changeDecisionReasonGiven";
    /**
     * The decisions already taken on the change (who, what, when, why), task-local on the board's vote and the PMO's
     * window decision, as Markdown with the reasons escaped.
     */
    public static final String EARLIER_DECISIONS = "earlierDecisions";
    /**
     * The emergency board's third answer: the change is real but not urgent, so it goes through classification
     * again as a NORMAL change instead of being decided on the fast path.
     */
    public static final String NOT_AN_EMERGENCY = "NOT_EMERGENCY";
    /** The recorded decision in words ("approved", "rejected", "deferred"), for the requester's notice. */
    public static final String CHANGE_OUTCOME = "changeOutcome";
    /** Who completed the latest decision task (set by the decision guard). */
    public static final String DECIDED_BY = RequireDecisionListener.DECIDED_BY;

    // An approver's question to the requester before deciding (project manager and sponsor)
    /** The approvers' fourth answer: ask the requester a question first; the approval comes back with the answer. */
    public static final String ASK_REQUESTER = "ASK";
    /** The approver's question, required with {@link #ASK_REQUESTER}; cleared when the approval comes back. */
    public static final String CHANGE_QUESTION = "changeQuestion";
    /** The requester's answer to it. */
    public static final String QUESTION_ANSWER = "questionAnswer";
    /**
     * Task-local on the requester's "Answer question" task: who asked (a user id), so that they are told the answer,
     * or that the change was withdrawn instead.
     */
    public static final String QUESTION_ASKED_BY = "questionAskedBy";
    /** Task-local on the requester's "Answer question" task: who asked, by name. */
    public static final String QUESTION_ASKED_BY_NAME = "questionAskedByName";
    /**
     * Task-local on the approvals and the requester's answer: every question and answer on the change so far, as
     * Markdown with the texts escaped; absent while nobody asked.
     */
    public static final String QUESTIONS_AND_ANSWERS = "questionsAndAnswers";

    // The board's vote: the eligible members (everyone in group ccb but the requester), one task per member
    public static final String CCB_VOTERS = "ccbVoters";
    public static final String CCB_VOTER = "ccbVoter";
    /** Task-local on each vote task, so members voting at the same time do not overwrite each other. */
    public static final String VOTE = "vote";
    public static final String VOTE_REASON = "voteReason";

    // The requester's withdrawal (set with MESSAGE_CHANGE_WITHDRAWN)
    /** Who withdrew the change: its requester or the project's manager. */
    public static final String WITHDRAWN_BY = "withdrawnBy";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    /** Comma-separated user ids of those who had an open task on the change when it was withdrawn; they are told. */
    public static final String WITHDRAWAL_APPROVERS = "withdrawalApprovers";
    // Scheduling
    public static final String WINDOW_CONFLICTS = "windowConflicts";
    /** Plain text, as the change log keeps it; the PMO's form shows its escaped twin. */
    public static final String SCHEDULE_SUMMARY = "scheduleSummary";
    public static final String PROPOSED_WINDOW_START = "proposedWindowStart";
    public static final String PROPOSED_WINDOW_END = "proposedWindowEnd";
    /**
     * For the PMO's window decision: that the proposed or the requested window ends after the project's planned
     * finish with the change, by how many days ("The proposed window ends 3 days after the planned finish
     * 2027-01-07: the project cannot close before it."); null when neither does.
     */
    public static final String WINDOW_AFTER_FINISH = "windowAfterFinish";
    /** {@link #WINDOW_ACCEPT_PROPOSED}, {@link #WINDOW_OVERRIDE} or {@link #WINDOW_REJECT}. */
    public static final String WINDOW_DECISION = "windowDecision";
    /** Why the PMO keeps the requested window or rejects the change; required for both, logged with the change. */
    public static final String WINDOW_OVERRIDE_REASON = "windowOverrideReason";

    // The PMO's window decisions (values of WINDOW_DECISION); Task_OverrideWindow's requireDecision lists them too
    /** Move the change to the next free window that was proposed. */
    public static final String WINDOW_ACCEPT_PROPOSED = "ACCEPT_PROPOSED";
    /** Keep the requested window despite its conflicts. */
    public static final String WINDOW_OVERRIDE = "OVERRIDE";
    /**
     * Reject the approved change because no window fits it, so that the requester can request it again with a
     * shorter window or in parts.
     */
    public static final String WINDOW_REJECT = "REJECT";
    /** The window the change is scheduled in, as "start to end", for the implementer's form. */
    public static final String SCHEDULED_WINDOW = "scheduledWindow";
    /** The scheduled window's start as a date: the follow-up date of "Implement change". */
    public static final String SCHEDULED_WINDOW_START = "scheduledWindowStart";
    /** The scheduled window's end as a date: the due date of "Implement change", by when it must be done. */
    public static final String SCHEDULED_WINDOW_END = "scheduledWindowEnd";

    // Implementation and reviews
    public static final String IMPLEMENTATION_NOTES = "implementationNotes";
    /**
     * How long before its window the change was implemented ("Implemented 27 days before its window ..."), for the
     * reviewer and the change log; null when it was implemented once its window had begun.
     */
    public static final String IMPLEMENTED_EARLY = "implementedEarly";
    /**
     * Task-local on "Implement change": how long before its window completing the task is, as of the task's creation
     * ("As of 2026-11-24, when this task was created, completing it is 7 days before its window ..."); null when the
     * window had begun.
     */
    public static final String IMPLEMENTING_EARLY = "implementingEarly";
    /**
     * Local to "Implement change" once all planned work of the project is done: that the project's acceptance waits
     * for this change ("As of 2026-11-25 all planned work of PRJ-2026-0008 is done: ..."); null while work is open.
     */
    public static final String ACCEPTANCE_WAITS = "acceptanceWaits";
    /** Who implemented the change and when ("Priya Manager on 2026-11-24 21:58 UTC"), for the reviewer. */
    public static final String IMPLEMENTED_BY = "implementedBy";
    /** JUSTIFIED or NOT_JUSTIFIED: the emergency board's review after the fact. */
    public static final String EMERGENCY_REVIEW_OUTCOME = "emergencyReviewOutcome";
    public static final String EMERGENCY_REVIEW_COMMENT = "emergencyReviewComment";
    /** SUCCESS or FAILED: the post-implementation review. */
    public static final String IMPLEMENTATION_OUTCOME = "implementationOutcome";
    public static final String REVIEW_COMMENT = "reviewComment";
    /** Why an approved change could not be applied to the current baseline (the BPMN error's message). */
    public static final String NOT_APPLICABLE_REASON = "notApplicableReason";
    /** Why a failed change could not be backed out and stays in effect (the BPMN error's message). */
    public static final String BACK_OUT_REFUSED_REASON = "backOutRefusedReason";
    /** The PMO's word on a refused back-out: how the change will be taken out, or why it may stay. */
    public static final String BACK_OUT_FOLLOW_UP = "backOutFollowUp";

    // The plan moved under a waiting change: another change of the project updated its baseline or budget
    /**
     * Starts the event subprocess "Plan moved" of a change still before its baseline update, which analyses it again
     * on the moved plan; correlated after the other change's baseline update has committed.
     */
    public static final String MESSAGE_PLAN_MOVED = "PlanMoved";
    /** The change whose baseline update moved the plan; local to the "Plan moved" subprocess that it started. */
    public static final String PLAN_MOVED_BY = "planMovedBy";
    /**
     * Why the impact the approvers read is not the one analysed at submission ("Re-analysed on 2026-11-25 after
     * CR-2026-0004 moved the baseline to v3 ..."), with what today's figures would classify the change as when that
     * differs, or that the change no longer applies to the moved plan; null while it was never re-analysed.
     */
    public static final String IMPACT_REANALYSIS = "impactReanalysis";

    private ChangeControlVariables() {
    }
}
