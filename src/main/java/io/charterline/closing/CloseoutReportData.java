package io.charterline.closing;

import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonSource;
import io.charterline.lessons.Phase;
import io.charterline.monitoring.KpiFigures;
import io.charterline.project.ProjectStatus;
import io.charterline.record.ProjectRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Everything the final report shows, assembled by a {@link CloseoutReportDataSource}. Unknown figures are null
 * and shown as "n/a"; unknown lists are empty and their section says so.
 *
 * @param sponsor the sponsor's name (the user id when the identity service knows no name); so are the project
 *                manager, a resource's person and a lesson's author
 * @param outcome CLOSED or TERMINATED
 * @param scope   the preliminary scope statement, or null if none was recorded
 * @param burn        planned, earned and actual value by status date, oldest first (the burn chart)
 * @param kpis        the KPIs at the end, in the order shown
 * @param termination what a terminated project spent and earned, measured at closeout; null for a closed project
 *                    and for one terminated before it had a baseline
 * @param measuredAtCloseout the figures measured on the closeout day, which the KPIs show and the project keeps
 *                    as its final KPI snapshot; null when the KPIs are the last status cycle's (no baseline)
 * @param onTimeShare the share of the done packages finished by their planned finish, kept in the final KPI
 *                    snapshot beside schedule adherence; null when no package was done. Packages completed before
 *                    their planned start are left out of it
 * @param completedBeforePlannedStart the done packages completed before their planned start day, oldest first:
 *                    hours that fit the person's days can be given weeks ahead of the plan, so the report names
 *                    them for a person to check, and the on-time share and the schedule and estimating lessons
 *                    leave them out
 * @param register    the project's risks, then its issues, most severe first, as they stood at closeout
 * @param terminated  when, by whom and why the project was terminated; null for a closed project
 */
public record CloseoutReportData(
        String projectKey,
        String projectName,
        String sponsor,
        String projectManager,
        ProjectStatus outcome,
        String objectives,
        Scope scope,
        Schedule schedule,
        Cost cost,
        List<BurnPoint> burn,
        List<Kpi> kpis,
        Termination termination,
        List<Change> changes,
        List<ResourceUse> resources,
        List<LessonLine> lessons,
        KpiFigures measuredAtCloseout,
        BigDecimal onTimeShare,
        List<EarlyCompletion> completedBeforePlannedStart,
        List<RegisterEntry> register,
        Terminated terminated) {

    public CloseoutReportData {
        burn = burn == null ? List.of() : List.copyOf(burn);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        changes = changes == null ? List.of() : List.copyOf(changes);
        resources = resources == null ? List.of() : List.copyOf(resources);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        completedBeforePlannedStart = completedBeforePlannedStart == null ? List.of()
                : List.copyOf(completedBeforePlannedStart);
        register = register == null ? List.of() : List.copyOf(register);
    }

    /**
     * How much the burn chart's planned value falls at a terminated project's closeout point, which restates planned
     * and earned value to the work performed; null when it does not fall or the project was not terminated.
     */
    public BigDecimal plannedValueRestatedBy() {
        if (termination == null || burn.size() < 2) {
            return null;
        }
        BigDecimal before = burn.get(burn.size() - 2).plannedValue();
        BigDecimal atCloseout = burn.get(burn.size() - 1).plannedValue();
        return before == null || atCloseout == null || before.compareTo(atCloseout) <= 0 ? null
                : before.subtract(atCloseout);
    }

    public record Scope(String inScope, String outOfScope, String deliverables, String acceptanceCriteria) {

        /** The deliverables one per line, as the scope statement lists them. */
        public List<String> deliverableList() {
            return deliverables == null ? List.of()
                    : deliverables.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /**
     * Baseline dates against the actual ones.
     *
     * @param baselineVersion the baseline version the dates (and the budget at completion) are from; null when the
     *                        charter's dates stand in for a baseline
     * @param actualStart     the day of the first time entry: when work began. A package released ahead of the
     *                        plan (on a weekend, say) says when work could begin, not when it did
     * @param startIsRelease  whether {@code actualStart} is the first package's release instead, for a project
     *                        with no time entry
     */
    public record Schedule(Integer baselineVersion, LocalDate baselineStart, LocalDate baselineFinish,
                           LocalDate actualStart, boolean startIsRelease, LocalDate actualFinish) {

        /** Days the start moved (negative when early), or null while either start is unknown. */
        public Long startSlipDays() {
            return baselineStart == null || actualStart == null
                    ? null
                    : ChronoUnit.DAYS.between(baselineStart, actualStart);
        }

        /** Days the finish slipped (negative when early), or null while either finish is unknown. */
        public Long finishSlipDays() {
            return baselineFinish == null || actualFinish == null
                    ? null
                    : ChronoUnit.DAYS.between(baselineFinish, actualFinish);
        }
    }

    /**
     * The charter's budget, the approved budget (the charter's plus approved budget changes), the baseline's
     * budget at completion (BAC, the planned packages' costs) and the actual cost.
     */
    public record Cost(BigDecimal charterBudget, BigDecimal approvedBudget, BigDecimal budgetAtCompletion,
                       BigDecimal actualCost) {

        /** Actual cost − BAC: positive means over the planned cost; null while either is unknown. */
        public BigDecimal variance() {
            return budgetAtCompletion == null || actualCost == null ? null : actualCost.subtract(budgetAtCompletion);
        }

        /**
         * Actual cost − approved budget when the project spent more than the money approved for it; null when it
         * stayed within it or either is unknown. The report and the sponsor's acceptance summary flag it.
         */
        public BigDecimal overApprovedBudgetBy() {
            return approvedBudget == null || actualCost == null || actualCost.compareTo(approvedBudget) <= 0
                    ? null
                    : actualCost.subtract(approvedBudget);
        }

        /** The variance as a share of BAC with four decimals (0.18 = 18 % over), or null. */
        public BigDecimal varianceShare() {
            BigDecimal variance = variance();
            return variance == null || budgetAtCompletion.signum() == 0
                    ? null
                    : variance.divide(budgetAtCompletion, 4, RoundingMode.HALF_UP);
        }
    }

    /**
     * The money of a terminated project: its open work was cancelled, so none remains and nothing more will be spent.
     *
     * @param spent    the actual cost (AC), which is also the estimate at completion
     * @param earned   the earned value (EV): done packages at their planned cost, cancelled ones at what was spent on
     *                 them up to their planned cost
     * @param notSpent the baseline's budget at completion less what was spent: work not performed, not a saving
     */
    public record Termination(BigDecimal spent, BigDecimal earned, BigDecimal notSpent) {
    }

    /**
     * The decision that terminated the project, as the lifecycle kept it.
     *
     * @param on       the day; null for a project terminated before the day was kept
     * @param by       who terminated it, by name; null when not on record
     * @param reason   the reason given to the termination API, else the sponsor's comment on the escalation; null if
     *                 none was given
     * @param redCycle the status cycle whose RED status the sponsor terminated the project on; null when it was
     *                 terminated through the termination API
     */
    public record Terminated(LocalDate on, String by, String reason, Integer redCycle) {

        /** "Terminated on 2026-09-29 by Sofia Sponsor after the RED status of cycle 1: The warehouses are ...". */
        public String sentence() {
            return "Terminated" + (on == null ? "" : " on " + on) + (by == null ? "" : " by " + by)
                    + (redCycle == null ? "" : " after the RED status of cycle " + redCycle) + ": "
                    + (reason == null || reason.isBlank() ? "no reason recorded" : reason.strip());
        }

        /** The schedule's actual finish of a terminated project: "terminated 2026-09-29". */
        public String finish() {
            return on == null ? "terminated" : "terminated " + on;
        }
    }

    public record BurnPoint(LocalDate date, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost) {
    }

    /** @param value formatted as it should read, e.g. "0.92" or "87 %" */
    public record Kpi(String name, String value) {
    }

    /**
     * A change's cost impact in its two parts, so that the approved ones add up to the cost figures: the cost of
     * its work-package changes (what it moves the baseline's BAC by) and its budget change (what it moves the
     * approved budget by).
     *
     * @param decision     in words: "Approved", "Rejected", "Deferred", "Approved, backed out", "Approved, failed,
     *                     kept", "Cancelled"; null while undecided
     * @param decidedOn    null while undecided
     * @param decidedBy    who decided, by name: the project manager or the sponsor, or the board members who voted
     *                     for it ("Carla Board, Chris Board and 3 more"); "pre-approved standard change" for one
     *                     decided by no person; null while undecided
     * @param workCost     the analysis's cost delta without the budget change; null before the analysis
     * @param budgetChange the money the change proposes to add to the budget (negative: take from it), or null
     */
    public record Change(String key, String title, String cause, LocalDate requestedOn, LocalDate decidedOn,
                         String decidedBy, String decision, BigDecimal workCost, BigDecimal budgetChange,
                         Integer scheduleImpactDays) {
    }

    /**
     * @param person           who booked the hours; null for planned packages nobody booked hours on
     * @param hoursBeyondTimeEntries of {@code actualHours}, what this person's completions reported beyond the
     *                         packages' time entries: work on no day
     * @param cancelledPackage the code of the cancelled package (by a change or the termination) these hours were
     *                         planned for, or null for work of the plan; its estimate is the planned figure
     * @param cancelledAfter   the hours the cancelled package had when it was cancelled, by anyone; null for work of
     *                         the plan
     */
    public record ResourceUse(String person, String skill, String cancelledPackage, BigDecimal cancelledAfter,
                              BigDecimal plannedHours, BigDecimal actualHours, BigDecimal hoursBeyondTimeEntries) {

        ResourceUse withPerson(String shownAs) {
            return new ResourceUse(shownAs, skill, cancelledPackage, cancelledAfter, plannedHours, actualHours,
                    hoursBeyondTimeEntries);
        }

        /** The skill, and for a cancelled package which one and how far it got: "JAVA, cancelled WHS-2 after 68 h". */
        public String work() {
            if (cancelledPackage == null) {
                return skill;
            }
            return skill + ", cancelled " + cancelledPackage + (cancelledAfter == null || cancelledAfter.signum() == 0
                    ? " before any work" : " after " + cancelledAfter.stripTrailingZeros().toPlainString() + " h");
        }
    }

    /** A package completed before its planned start: when it was planned to start and was completed, its hours. */
    public record EarlyCompletion(String code, String name, LocalDate plannedStart, LocalDate completedOn,
                                  BigDecimal estimateHours, BigDecimal actualHours) {

        /** The record's packages completed before their planned start (see the record for the rule). */
        static List<EarlyCompletion> in(ProjectRecord record) {
            return record.completedBeforePlannedStart().stream()
                    .map(wp -> new EarlyCompletion(wp.code(), wp.name(), wp.plannedStart(),
                            ProjectRecord.completedOn(wp), wp.estimateHours(), record.actualHoursOf(wp.code())))
                    .toList();
        }

        /** The plan's and the completion's days: how long before its planned start the package was completed. */
        public long daysBeforePlannedStart() {
            return ChronoUnit.DAYS.between(completedOn, plannedStart);
        }
    }

    /**
     * A risk or an issue of the register.
     *
     * @param kind        "Risk" or "Issue"
     * @param severity    a risk's band with its score ("HIGH, score 16"), an issue's severity
     * @param owner       the owner's name; null when nobody owns it
     * @param status      its status; for one still unsettled, which the closeout closes, "CLOSED at closeout (was
     *                    OPEN)"
     * @param closingNote why it was closed or resolved; for one the closeout closes, the note the register gives it
     */
    public record RegisterEntry(String kind, String title, String severity, String owner, String status,
                                String closingNote) {
    }

    public record LessonLine(Phase phase, LessonCategory category, String whatHappened, String impact,
                             String recommendation, LessonSource source, String author) {
    }
}
