package io.charterline.project;

/**
 * The variables of the {@code project-lifecycle} process, in one place for delegates, tests, the REST API
 * and the forms in {@code forms/} (which use the same names as their field keys).
 */
public final class LifecycleVariables {

    public static final String PROCESS_KEY = "project-lifecycle";

    // The charter (start form and rework form)
    public static final String PROJECT_KEY = "projectKey";
    public static final String PROJECT_NAME = "projectName";
    public static final String OBJECTIVES = "objectives";
    public static final String BUSINESS_CASE = "businessCase";
    public static final String SPONSOR = "sponsor";
    public static final String PROJECT_MANAGER = "projectManager";
    public static final String BUDGET = "budget";
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

    // The sponsor's charter review
    public static final String CHARTER_DECISION = "charterDecision";
    public static final String CHARTER_COMMENT = "charterComment";
    public static final String CHARTER_SUMMARY = "charterSummary";

    private LifecycleVariables() {
    }
}
