package io.charterline.monitoring;

import io.charterline.plan.ScheduleForecast;
import io.charterline.risk.SeverityCounts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored outcome of one status cycle of a project, or its final snapshot: the figures measured at closeout,
 * unrated, numbered after the last cycle. Never changed once written.
 */
@Entity
@Table(name = "status_report")
public class StatusReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private int cycleNumber;
    private LocalDate statusDate;
    private BigDecimal plannedValue;
    private BigDecimal earnedValue;
    private BigDecimal actualCost;
    private BigDecimal scheduleVariance;
    private BigDecimal costVariance;
    private BigDecimal spi;
    private BigDecimal cpi;
    private BigDecimal budgetAtCompletion;
    private BigDecimal estimateAtCompletion;
    private BigDecimal estimateToComplete;
    private BigDecimal varianceAtCompletion;
    private BigDecimal approvedBudget;
    private BigDecimal budgetHeadroomAtCompletion;
    private BigDecimal scheduleAdherence;
    private BigDecimal budgetAccuracy;
    private LocalDate plannedFinish;
    private LocalDate forecastFinishDate;
    private Long forecastLateDays;
    private int approvedChanges;
    private BigDecimal baselineHours;
    @Column(name = "baseline_v1_hours")
    private BigDecimal baselineV1Hours;
    private BigDecimal scopeAddedShare;
    private BigDecimal actualHours;
    private BigDecimal hoursBeyondTimeEntries;
    private BigDecimal resourceUtilisation;
    private int openRisksLow;
    private int openRisksMedium;
    private int openRisksHigh;
    private int openRisksCritical;
    private int openIssuesLow;
    private int openIssuesMedium;
    private int openIssuesHigh;
    private int openIssuesCritical;

    @Enumerated(EnumType.STRING)
    private Health health;

    private String recommendedAction;
    private boolean closeout;
    private BigDecimal onTimeShare;
    private LocalDate actualFinish;
    private Long finishLateDays;
    private Instant createdAt;

    protected StatusReport() {
    }

    /** @param forecast the schedule's forecast finish on the status date; null where there is none (closeout) */
    public StatusReport(Long projectId, int cycleNumber, KpiFigures figures, HealthRating rating,
                        ScheduleForecast forecast, Instant createdAt) {
        this.projectId = projectId;
        this.cycleNumber = cycleNumber;
        this.statusDate = figures.statusDate();
        this.plannedValue = figures.plannedValue();
        this.earnedValue = figures.earnedValue();
        this.actualCost = figures.actualCost();
        this.scheduleVariance = figures.scheduleVariance();
        this.costVariance = figures.costVariance();
        this.spi = figures.spi();
        this.cpi = figures.cpi();
        this.budgetAtCompletion = figures.budgetAtCompletion();
        this.estimateAtCompletion = figures.estimateAtCompletion();
        this.estimateToComplete = figures.estimateToComplete();
        this.varianceAtCompletion = figures.varianceAtCompletion();
        this.approvedBudget = figures.approvedBudget();
        this.budgetHeadroomAtCompletion = figures.budgetHeadroomAtCompletion();
        this.scheduleAdherence = figures.scheduleAdherence();
        this.budgetAccuracy = figures.budgetAccuracy();
        this.plannedFinish = figures.plannedFinish();
        if (forecast != null) {
            this.forecastFinishDate = forecast.finishDate();
            this.forecastLateDays = forecast.lateDays();
        }
        this.approvedChanges = figures.approvedChanges();
        this.baselineHours = figures.baselineHours();
        this.baselineV1Hours = figures.baselineV1Hours();
        this.scopeAddedShare = figures.scopeAddedShare();
        this.actualHours = figures.actualHours();
        this.hoursBeyondTimeEntries = figures.hoursBeyondTimeEntries();
        this.resourceUtilisation = figures.resourceUtilisation();
        this.openRisksLow = figures.openRisks().low();
        this.openRisksMedium = figures.openRisks().medium();
        this.openRisksHigh = figures.openRisks().high();
        this.openRisksCritical = figures.openRisks().critical();
        this.openIssuesLow = figures.openIssues().low();
        this.openIssuesMedium = figures.openIssues().medium();
        this.openIssuesHigh = figures.openIssues().high();
        this.openIssuesCritical = figures.openIssues().critical();
        this.health = rating.health();
        this.recommendedAction = rating.recommendedAction();
        this.createdAt = createdAt;
    }

    /**
     * The project's figures on the day it closed or was terminated; nothing is left to act on. The on-time share
     * (done packages finished by their planned finish) is the closeout report's, null when none was done; so are the
     * actual finish and the days it lies after the baseline's finish (null for a terminated project).
     */
    public static StatusReport closeout(Long projectId, int cycleNumber, KpiFigures figures, BigDecimal onTimeShare,
                                        LocalDate actualFinish, Long finishLateDays, Instant createdAt) {
        StatusReport report = new StatusReport(projectId, cycleNumber, figures,
                new HealthRating(null, "None: the project has ended; these are its figures measured at closeout"),
                null, createdAt);
        report.closeout = true;
        report.onTimeShare = onTimeShare;
        report.actualFinish = actualFinish;
        report.finishLateDays = finishLateDays;
        return report;
    }

    /**
     * The schedule's forecast finish on the status date; null in the closeout snapshot and in reports recorded before
     * the status cycle forecast it.
     */
    public ScheduleForecast forecast() {
        return forecastFinishDate == null ? null : new ScheduleForecast(forecastFinishDate, forecastLateDays);
    }

    public BigDecimal getOnTimeShare() {
        return onTimeShare;
    }

    public LocalDate getActualFinish() {
        return actualFinish;
    }

    public Long getFinishLateDays() {
        return finishLateDays;
    }

    public KpiFigures figures() {
        return new KpiFigures(statusDate, plannedValue, earnedValue, actualCost, scheduleVariance, costVariance, spi,
                cpi, budgetAtCompletion, estimateAtCompletion, estimateToComplete, varianceAtCompletion, approvedBudget,
                budgetHeadroomAtCompletion, scheduleAdherence, budgetAccuracy, plannedFinish, approvedChanges,
                baselineHours, baselineV1Hours, scopeAddedShare, actualHours, hoursBeyondTimeEntries,
                resourceUtilisation,
                new SeverityCounts(openRisksLow, openRisksMedium, openRisksHigh, openRisksCritical),
                new SeverityCounts(openIssuesLow, openIssuesMedium, openIssuesHigh, openIssuesCritical));
    }

    public HealthRating rating() {
        return new HealthRating(health, recommendedAction);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getCycleNumber() {
        return cycleNumber;
    }

    public Health getHealth() {
        return health;
    }

    public String getRecommendedAction() {
        return recommendedAction;
    }

    public boolean isCloseout() {
        return closeout;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
