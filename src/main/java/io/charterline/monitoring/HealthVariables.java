package io.charterline.monitoring;

import io.charterline.plan.ScheduleForecast;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

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
    /**
     * Set by a RED cycle: the open critical issues and high risks, one line each with title, owner and response,
     * for the sponsor's form (shown through its escaped twin). Also kept on the cycle's own scope, beside the
     * cycle's summary and recommended action, so that each open escalation's form shows its own cycle's figures.
     */
    public static final String ESCALATION_REGISTER = "escalationRegister";
    /**
     * Set by a RED cycle on its own scope: why it is RED in words (open critical issues or the indices). Local, so
     * that a later RED cycle, open beside it, does not overwrite it.
     */
    public static final String RED_CAUSE = "redCause";
    /**
     * Set when the sponsor decides an escalation: the {@link #RED_CAUSE} of the cycle decided on, recorded by the
     * same task completion as the decision, read again at closeout.
     */
    public static final String ESCALATION_CAUSE = "escalationCause";
    /**
     * The schedule's forecast finish of the latest cycle as an ISO date (a String, "2027-03-12"), for the Cockpit
     * projects view.
     */
    public static final String FORECAST_FINISH_DATE = "forecastFinishDate";
    /** Calendar days the forecast finish lies after the baseline's finish (a Long, 0 when on time). */
    public static final String FORECAST_LATE_DAYS = "forecastLateDays";
    /**
     * The day the latest cycle's figures are as of, an ISO date (a String, "2026-11-24"), so that the Cockpit
     * projects view can say how old the SPI, CPI and forecast beside it are.
     */
    public static final String STATUS_DATE = "statusDate";
    /** Id of the {@code status_report} row the cycle stored (a Long). */
    public static final String STATUS_REPORT_ID = "statusReportId";

    private HealthVariables() {
    }

    /**
     * The variables a status cycle sets from its stored report, typed as the decision table reads them:
     * indices as Double (CPI null while no cost is booked), counts as Integer, the rating as String, the report
     * id as Long; the status date as an ISO date String; the forecast finish as an ISO date String and its late
     * days as Long (both null without one).
     */
    public static VariableMap write(StatusReport report) {
        KpiFigures figures = report.figures();
        ScheduleForecast forecast = report.forecast();
        return Variables.createVariables()
                .putValue(SPI, figures.spi().doubleValue())
                .putValue(CPI, Variables.doubleValue(figures.cpi() == null ? null : figures.cpi().doubleValue()))
                .putValue(OPEN_HIGH_RISKS, figures.openRisks().highOrAbove())
                .putValue(OPEN_CRITICAL_ISSUES, figures.openIssues().critical())
                .putValue(HEALTH, report.getHealth().name())
                .putValue(RECOMMENDED_ACTION, report.getRecommendedAction())
                .putValue(STATUS_DATE, figures.statusDate().toString())
                .putValue(FORECAST_FINISH_DATE,
                        Variables.stringValue(forecast == null ? null : forecast.finishDate().toString()))
                .putValue(FORECAST_LATE_DAYS, Variables.longValue(forecast == null ? null : forecast.lateDays()))
                .putValue(STATUS_REPORT_ID, report.getId());
    }
}
