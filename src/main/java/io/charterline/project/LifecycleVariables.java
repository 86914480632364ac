package io.charterline.project;

import io.charterline.platform.process.RequireDecisionListener;

/**
 * The variables of the {@code project-lifecycle} process, in one place for delegates, tests, the REST API
 * and the forms in {@code forms/} (which use the same names as their field keys).
 */
public final class LifecycleVariables {

    public static final String PROCESS_KEY = "project-lifecycle";

    // The charter (start form and rework form)
    public static final String PROJECT_KEY = "projectKey";
    public static final String PROJECT_NAME = "projectName";
    /** The day the project ended (closed, terminated or rejected), YYYY-MM-DD, for Cockpit's ended projects. */
    public static final String ENDED_ON = "endedOn";
    public static final String OBJECTIVES = "objectives";
    public static final String BUSINESS_CASE = "businessCase";
    public static final String SPONSOR = "sponsor";
    public static final String PROJECT_MANAGER = "projectManager";
    public static final String BUDGET = "budget";
    /** The charter's budget as money ("$85,000.00") for forms; the process keeps the number in {@link #BUDGET}. */
    public static final String BUDGET_TEXT = "budgetText";
    public static final String TARGET_START = "targetStart";
    public static final String TARGET_END = "targetEnd";
    public static final String RELATED_SERVICES = "relatedServices";
    public static final String STRATEGIC = "strategic";
    public static final String CHARTER_AUTHOR = "charterAuthor";

    // Inputs and outputs of the governance-tier decision
    public static final String DURATION_DAYS = "durationDays";
    public static final String CRITICAL_SERVICE_COUNT = "criticalServiceCount";
    public static final String GOVERNANCE_TIER = "governanceTier";
    public static final String STATUS_CADENCE = "statusCadence";
    public static final String PLAN_GATE_APPROVAL = "planGateApproval";
    /** Who signs off the plan, in words for the forms ("the PMO, then the sponsor"). */
    public static final String PLAN_GATE_APPROVAL_TEXT = "planGateApprovalText";
    /** The status cadence in words ("every 4 weeks") for forms; the timer keeps reading {@link #STATUS_CADENCE}. */
    public static final String STATUS_CADENCE_TEXT = "statusCadenceText";

    // The sponsor's charter review
    public static final String CHARTER_DECISION = "charterDecision";
    public static final String CHARTER_COMMENT = "charterComment";
    public static final String CHARTER_SUMMARY = "charterSummary";
    /** Markdown list of the lessons of similar finished projects, shown on the review form. */
    public static final String RELATED_LESSONS = "relatedLessons";

    // Preliminary scope statement
    public static final String IN_SCOPE = "inScope";
    public static final String OUT_OF_SCOPE = "outOfScope";
    public static final String DELIVERABLES = "deliverables";
    public static final String ACCEPTANCE_CRITERIA = "acceptanceCriteria";
    public static final String ASSUMPTIONS = "assumptions";
    public static final String CONSTRAINTS = "constraints";
    public static final String INITIAL_RISKS = "initialRisks";

    // Plan, staffing and the plan gate
    public static final String WORK_PACKAGES_CSV = "workPackagesCsv";
    public static final String FULLY_STAFFED = "fullyStaffed";
    public static final String STAFFING_GAPS = "staffingGaps";
    public static final String STAFFING_SUMMARY = "staffingSummary";
    public static final String GAP_DECISION = "gapDecision";
    public static final String GAP_COMMENT = "gapComment";
    public static final String MANUAL_ASSIGNMENTS = "manualAssignments";
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_COMMENT = "planComment";
    /** The PMO's approval of the plan for the sponsor's sign-off: who, when, their comment and their lessons. */
    public static final String PMO_PLAN_DECISION_TEXT = "pmoPlanDecisionText";

    // Lessons typed on a gate form; kept under its author when the gate task completes
    public static final String GATE_LESSONS = "gateLessons";
    /** Who completed the latest decision task (set by the decision guard); the author of typed lessons. */
    public static final String GATE_DECIDED_BY = RequireDecisionListener.DECIDED_BY;

    // Monitoring and escalation
    public static final String HEALTH = "health";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    public static final String KPI_SUMMARY = "kpiSummary";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String ESCALATION_COMMENT = "escalationComment";

    // Change control and termination
    public static final String CHANGE_REQUEST_ID = "changeRequestId";
    public static final String TERMINATED = "terminated";
    public static final String TERMINATION_REASON = "terminationReason";
    /** Who terminated the project: the user of the termination API, or the sponsor deciding an escalation. */
    public static final String TERMINATED_BY = "terminatedBy";
    /** The day the project was terminated, YYYY-MM-DD. */
    public static final String TERMINATED_ON = "terminatedOn";

    // Closing
    public static final String EXECUTION_SUMMARY = "executionSummary";
    /** The scope statement's deliverables as a Markdown list, escaped, for the acceptance form. */
    public static final String SCOPE_DELIVERABLES = "scopeDeliverables";
    /** The scope statement's acceptance criteria as a Markdown list, escaped, for the acceptance form. */
    public static final String SCOPE_ACCEPTANCE_CRITERIA = "scopeAcceptanceCriteria";
    /** Each completed package's completion note as a Markdown list, escaped, for the acceptance form. */
    public static final String COMPLETION_NOTES = "completionNotes";
    public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
    public static final String ACCEPTANCE_COMMENT = "acceptanceComment";
    public static final String REWORK_NOTE = "reworkNote";
    public static final String FINAL_STATUS = "finalStatus";

    // Messages
    public static final String MESSAGE_WORK_COMPLETED = "WorkCompleted";
    public static final String MESSAGE_CHANGE_REQUESTED = "ChangeRequested";
    public static final String MESSAGE_TERMINATION_REQUESTED = "ProjectTerminationRequested";

    private LifecycleVariables() {
    }
}
