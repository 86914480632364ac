package io.charterline.monitoring;

/**
 * Names of the status cycle's process variables: the inputs and outputs of the {@code project-health} decision
 * and the reference to the stored report. The lifecycle's status cycle, its escalation task and the tests use
 * these names; the decision table uses the same strings.
 */
public final class HealthVariables {

    public static final String DECISION_KEY = "project-health";

    public static final String SPI = "spi";
    public static final String CPI = "cpi";
    /** Open risks of severity HIGH or CRITICAL. */
    public static final String OPEN_HIGH_RISKS = "openHighRisks";
    public static final String OPEN_CRITICAL_ISSUES = "openCriticalIssues";
    /** GREEN, AMBER or RED. */
    public static final String HEALTH = "health";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    /** Id of the {@code status_report} row the cycle stored (a Long). */
    public static final String STATUS_REPORT_ID = "statusReportId";

    private HealthVariables() {
    }
}
