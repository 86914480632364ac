package io.charterline.monitoring;

import io.charterline.risk.SeverityCounts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures of one status cycle. Money has two decimals, indices and shares four. Reports recorded before the
 * approved budget was part of a status cycle have neither {@code approvedBudget} nor
 * {@code budgetHeadroomAtCompletion} (both null).
 *
 * @param plannedValue         PV: budgeted cost of the work scheduled up to the status date
 * @param earnedValue          EV: budgeted cost of the work performed (0/50/100 rule)
 * @param actualCost           AC: cost booked so far
 * @param scheduleVariance     SV = EV − PV
 * @param costVariance         CV = EV − AC
 * @param spi                  SPI = EV / PV (1 while nothing is planned yet); null in a terminated project's
 *                             closeout snapshot
 * @param cpi                  CPI = EV / AC; null (not computable) while nothing is spent yet
 * @param budgetAtCompletion   BAC of the baseline
 * @param estimateAtCompletion EAC = BAC / CPI (AC + BAC while nothing is earned but money is spent)
 * @param estimateToComplete   ETC = EAC − AC
 * @param varianceAtCompletion VAC = BAC − EAC: the forecast against the baseline's planned cost
 * @param approvedBudget       the project's approved budget when the cycle ran: the charter's budget plus the
 *                             budget changes of the change requests approved by then
 * @param budgetHeadroomAtCompletion approved budget − EAC: the forecast against the money approved; positive is
 *                             headroom left at completion, negative is how far the forecast exceeds the approved
 *                             budget
 * @param scheduleAdherence    share of the packages due by the status date that are done (1 if none is due); null
 *                             in a terminated project's closeout snapshot
 * @param budgetAccuracy       1 − Σ|actual − planned cost| / Σ planned cost over done packages (1 if none done);
 *                             null in a terminated project's closeout snapshot
 * @param plannedFinish        latest planned finish of the baseline's packages (null without packages)
 * @param approvedChanges      change requests approved and applied to the baseline, not backed out
 * @param baselineHours        estimate hours of the current baseline
 * @param baselineV1Hours      estimate hours of baseline v1
 * @param scopeAddedShare      (baselineHours − baselineV1Hours) / baselineV1Hours; negative when scope was cut
 * @param actualHours          hours reported so far: the time entries, and for a completed package the total
 *                             given at its completion
 * @param hoursBeyondTimeEntries of {@code actualHours}, what completions reported beyond their packages' time
 *                             entries: real work on no day; null in reports recorded before it was kept apart
 * @param resourceUtilisation  as given by the resource pool (1.0 = fully booked); in a closeout snapshot the
 *                             resource utilisation over the project's life, null when not measured
 * @param openRisks            open risks by severity
 * @param openIssues           open issues by severity
 */
public record KpiFigures(
        LocalDate statusDate,
        BigDecimal plannedValue,
        BigDecimal earnedValue,
        BigDecimal actualCost,
        BigDecimal scheduleVariance,
        BigDecimal costVariance,
        BigDecimal spi,
        BigDecimal cpi,
        BigDecimal budgetAtCompletion,
        BigDecimal estimateAtCompletion,
        BigDecimal estimateToComplete,
        BigDecimal varianceAtCompletion,
        BigDecimal approvedBudget,
        BigDecimal budgetHeadroomAtCompletion,
        @Schema(description = "Share of the work packages due by the status date that are done (1 if none is due); "
                + "at closeout 1 once all work is done, however late. Not the on-time share (onTimeShare)")
        BigDecimal scheduleAdherence,
        BigDecimal budgetAccuracy,
        LocalDate plannedFinish,
        int approvedChanges,
        BigDecimal baselineHours,
        BigDecimal baselineV1Hours,
        BigDecimal scopeAddedShare,
        @Schema(description = "Hours reported so far: the time entries, and for each completed work package the total "
                + "its person gave at completion (hoursBeyondTimeEntries of them beyond the package's time entries)")
        BigDecimal actualHours,
        @Schema(description = "Of actualHours, what completions reported beyond their work packages' time entries: "
                + "work its people say they did, but on no day and in no time entry (actualHours - "
                + "hoursBeyondTimeEntries are the time entries). Null in reports recorded before it was kept apart")
        BigDecimal hoursBeyondTimeEntries,
        @Schema(description = "Booked over available hours, in the week of the status date, of the people booked on "
                + "the project, all their projects counted: 1.0 = fully booked, above 1 = overbooked. In the "
                + "closeout snapshot (closeout = true) the " + UTILISATION_OVER_LIFE + " instead: "
                + UTILISATION_OVER_LIFE_MEANS + "; null (not 0) when " + UTILISATION_NOT_MEASURED)
        BigDecimal resourceUtilisation,
        SeverityCounts openRisks,
        SeverityCounts openIssues) {

    /** What the closeout snapshot's resourceUtilisation is; the API, the final report and Cockpit call it so. */
    public static final String UTILISATION_OVER_LIFE = "resource utilisation over the project's life";
    /** How it is measured. */
    public static final String UTILISATION_OVER_LIFE_MEANS = "the hours the people of the resource pool who booked "
            + "time on the project booked on all projects (time entries), over their available hours (by their "
            + "calendars at closeout), from the week its first work package was released to the closeout week; the "
            + "closeout week's bookings would read 0, as the project's are released by then";
    /** Why it can be absent. */
    public static final String UTILISATION_NOT_MEASURED = "nobody of the resource pool booked hours on the project, "
            + "so no available hours to measure against are known";

    /**
     * These figures at closeout, with the resource utilisation over the project's life (null: not measured) in
     * place of the closeout week's, which counts none of the project's bookings as they are released by then.
     */
    public KpiFigures overProjectLife(BigDecimal utilisationOverLife) {
        return new KpiFigures(statusDate, plannedValue, earnedValue, actualCost, scheduleVariance, costVariance, spi,
                cpi, budgetAtCompletion, estimateAtCompletion, estimateToComplete, varianceAtCompletion,
                approvedBudget, budgetHeadroomAtCompletion, scheduleAdherence, budgetAccuracy, plannedFinish,
                approvedChanges, baselineHours, baselineV1Hours, scopeAddedShare, actualHours, hoursBeyondTimeEntries,
                utilisationOverLife, openRisks, openIssues);
    }

    /**
     * These figures for a terminated project at closeout: SPI, schedule adherence and budget accuracy measure the
     * work against a plan the termination abandoned, so a score (an SPI above 1 reads as "ahead of schedule") would
     * mislead; they are not applicable (null), as EAC there is what was spent rather than a forecast.
     */
    public KpiFigures terminated() {
        return new KpiFigures(statusDate, plannedValue, earnedValue, actualCost, scheduleVariance, costVariance, null,
                cpi, budgetAtCompletion, estimateAtCompletion, estimateToComplete, varianceAtCompletion,
                approvedBudget, budgetHeadroomAtCompletion, null, null, plannedFinish, approvedChanges, baselineHours,
                baselineV1Hours, scopeAddedShare, actualHours, hoursBeyondTimeEntries, resourceUtilisation, openRisks,
                openIssues);
    }
}
