package io.charterline.change;

import io.charterline.cmdb.Criticality;
import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The structured impact of a change proposal on a project's baseline, its budget, the people of the portfolio
 * and the IT services. Stored as JSON with the change request; {@link #summary()} is what reviewers read.
 *
 * @param baselineVersion     the baseline version the analysis was computed on (0 = no versioned baseline yet)
 * @param scheduleSlipDays    calendar days the change moves the finish date (negative = earlier): the plan with the
 *                            change against the same plan without it, both scheduled on the status date; lateness
 *                            the plan has already is not the change's. 0 without a baseline
 * @param newFinishDate       the finish date with the change applied
 * @param criticalPath        the codes on the critical path with the change applied; empty without a baseline
 * @param costDelta           the cost of the work-package changes (negative = saving); a removed package saves only
 *                            its cost not spent yet. The budget change is not part of it
 * @param budgetAtCompletion  the budget at completion the share refers to
 * @param costSharePercent    costDelta as a share of budgetAtCompletion, in percent, signed
 * @param removedWork         the packages the change removes, with what each saves; empty in analyses stored
 *                            before removals were itemised
 * @param budgetChange        the change's move of the approved budget (0 = none), not a cost of work; the
 *                            classification weighs it on its own, as a share of the approved budget; null in
 *                            analyses stored before it was recorded
 * @param approvedBudget      the project's approved budget before the change; null in analyses stored before it
 *                            was recorded
 * @param forecastFinishDate  the finish date of the plan without the change, scheduled on the status date as the
 *                            change is; null without a baseline and in analyses stored before it was recorded
 * @param forecastLateDays    calendar days the forecast finish lies after the baseline's finish because work not
 *                            begun is behind its dates; negative when it lies before it because begun work is ahead
 *                            of the dates the baseline gave it; 0 when on time, without a baseline and in analyses
 *                            stored before it was recorded
 */
public record ImpactAnalysis(
        int baselineVersion,
        @Schema(description = "Calendar days the change moves the finish date (negative = earlier): the plan with "
                + "the change against the same plan without it (forecastFinishDate). Not the lateness the plan "
                + "already has (forecastLateDays); the classification weighs this slip alone. 0 without a baseline")
        long scheduleSlipDays,
        LocalDate newFinishDate,
        List<String> criticalPath,
        BigDecimal costDelta,
        BigDecimal budgetAtCompletion,
        BigDecimal costSharePercent,
        List<RemovedWork> removedWork,
        List<ResourceOverload> resourceOverloads,
        List<AffectedService> affectedServices,
        List<WindowConflict> windowConflicts,
        BigDecimal budgetChange,
        BigDecimal approvedBudget,
        @Schema(description = "The finish date of the plan without the change, scheduled on today's date as the "
                + "change is: work not begun starts no earlier than today; null without a baseline")
        LocalDate forecastFinishDate,
        @Schema(description = "Calendar days the forecast finish lies after the approved baseline's finish because "
                + "work not begun is behind its dates; negative when it lies before it because begun work is ahead "
                + "of the dates the baseline gave it (a baseline recorded on an earlier status date pushed that work "
                + "out); 0 when the plan is on time. Not part of scheduleSlipDays, which is what the change adds to "
                + "the forecast: the new finish lies forecastLateDays + scheduleSlipDays after the baseline's")
        long forecastLateDays,
        @Schema(description = "Whether the change adds scope with no work package and no budget: its cost and "
                + "time are not estimated, so scheduleSlipDays and costDelta leave the new scope out. False in "
                + "analyses stored before it was recorded")
        boolean scopeNotEstimated) {

    /**
     * A package the change removes: its planned cost, its actual cost to date and what removing it saves, the
     * planned cost not spent yet (never below 0).
     */
    public record RemovedWork(String code, BigDecimal plannedCost, BigDecimal spentCost, BigDecimal saving) {

        static RemovedWork of(String code, BigDecimal plannedCost, BigDecimal spentCost) {
            return new RemovedWork(code, plannedCost, spentCost,
                    plannedCost.subtract(RetainedCost.retained(plannedCost, spentCost)));
        }

        /** What stays in the budget at completion as the budget of the work already performed. */
        BigDecimal retainedCost() {
            return plannedCost.subtract(saving);
        }
    }

    /** A person booked beyond capacity in one week (the week's Monday), counting all active projects. */
    public record ResourceOverload(String person, LocalDate week, BigDecimal bookedHours, BigDecimal capacityHours) {
    }

    /**
     * An IT service the change affects: named in the request (depth 0, via null, path of itself) or depending on
     * one of those through the configuration-item graph (depth = hops, via = the item it is reached through,
     * path = the keys from the nearest named item to this one).
     */
    public record AffectedService(String key, String name, Criticality criticality, int depth, String via,
                                  List<String> path) {

        public AffectedService {
            path = List.copyOf(path);
        }
    }

    public enum ConflictKind {
        /** The requested window lies outside the item's maintenance window. */
        MAINTENANCE_OUTSIDE,
        /** The requested window falls into a freeze period. */
        FREEZE,
        /** Another approved change works on the same item (or its parent or child) at the same time. */
        OTHER_CHANGE
    }

    /** @param item the service's key, "ALL" for a freeze of all services, or the implementer of another change */
    public record WindowConflict(String item, ConflictKind kind, String detail) {

        /**
         * In words for the people who decide on the window ("outside CRM's maintenance windows: ..."); the API keeps
         * the kind's code.
         */
        public String inWords() {
            String what = switch (kind) {
                case MAINTENANCE_OUTSIDE -> "outside " + item + "'s maintenance windows";
                case FREEZE -> "ALL".equals(item) ? "during a freeze of all services" : "during a freeze of " + item;
                case OTHER_CHANGE -> "at the same time as another change";
            };
            return what + ": " + detail;
        }
    }

    /** Longer lists are cut in the summary, which must fit a form and a 4,000-character column. */
    static final int MAX_LISTED = 10;

    public ImpactAnalysis {
        criticalPath = criticalPath == null ? List.of() : List.copyOf(criticalPath);
        removedWork = removedWork == null ? List.of() : List.copyOf(removedWork);
        resourceOverloads = List.copyOf(resourceOverloads);
        affectedServices = List.copyOf(affectedServices);
        windowConflicts = List.copyOf(windowConflicts);
    }

    public int criticalServiceCount() {
        return (int) affectedServices.stream().filter(s -> s.criticality() == Criticality.CRITICAL).count();
    }

    /** The highest criticality among the affected services, or null when none is affected. */
    public Criticality maxServiceCriticality() {
        return affectedServices.stream().map(AffectedService::criticality)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The move of the approved budget as a share of the approved budget before it, in percent, signed; 0 without
     * a move or an approved budget to refer to.
     */
    public BigDecimal budgetChangePercent() {
        if (budgetChange == null || approvedBudget == null || approvedBudget.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return budgetChange.multiply(BigDecimal.valueOf(100)).divide(approvedBudget, 2, RoundingMode.HALF_UP);
    }

    /**
     * A few lines a reviewer can take in at a glance, as a Markdown list. Plain text, as the API returns it: a form
     * shows its escaped twin, so that a service's name or a freeze's reason shows as typed.
     */
    public String summary() {
        NumberFormat money = Money.format();
        String schedule = forecastLateDays != 0 ? offBaseline() + "; this change " + (scheduleSlipDays == 0
                ? "adds no slip; finish stays " + newFinishDate
                : (scheduleSlipDays > 0
                        ? "slips it " + Counted.of(scheduleSlipDays, forecastLateDays > 0 ? "more day" : "day")
                        : "gains " + Counted.of(-scheduleSlipDays, "day") + " on it") + "; new finish " + newFinishDate)
                : scheduleSlipDays == 0
                ? "no slip; finish stays " + newFinishDate
                : (scheduleSlipDays > 0 ? "slips " + Counted.of(scheduleSlipDays, "day")
                        : "gains " + Counted.of(-scheduleSlipDays, "day")) + "; new finish " + newFinishDate;
        String cost = Money.signed(costDelta) + " (" + costSharePercent.toPlainString()
                + " % of the budget at completion " + money.format(budgetAtCompletion) + ")";
        List<String> started = removedWork.stream().filter(removed -> removed.spentCost().signum() > 0)
                .map(removed -> "removing " + removed.code() + " saves " + money.format(removed.saving()) + " of "
                        + money.format(removed.plannedCost()) + " planned; " + money.format(removed.spentCost())
                        + " already spent")
                .toList();
        if (!started.isEmpty()) {
            cost += "; " + listed(started, "; ");
        }
        if (!criticalPath.isEmpty()) {
            schedule += "; critical path " + listed(criticalPath.stream().map(String::valueOf).toList(), " -> ");
        }
        String resources = resourceOverloads.isEmpty() ? "no overload" : listed(resourceOverloads.stream()
                .map(o -> o.person() + " in the week of " + o.week() + ": " + o.bookedHours().toPlainString()
                        + " h booked of " + o.capacityHours().toPlainString() + " h")
                .toList(), "; ");
        String services = affectedServices.isEmpty() ? "none named" : listed(affectedServices.stream()
                .map(s -> s.key() + " (" + s.name() + ", " + s.criticality()
                        + (s.depth() == 0 ? ", named" : ", depth " + s.depth() + " via " + s.via()) + ")")
                .toList(), "; ");
        String window = windowConflicts.isEmpty() ? "no conflict" : listed(windowConflicts.stream()
                .map(WindowConflict::inWords)
                .toList(), "; ");
        String budget = approvedBudget == null ? "" : "\n- Approved budget: " + approvedBudget(money);
        if (scopeNotEstimated) {
            schedule += " (without the new scope, which is not estimated)";
            cost += " (without the new scope, which is not estimated)";
        }
        String scope = scopeNotEstimated ? "\n- Scope: grows; no work package or budget proposed, so its cost and "
                + "time are not estimated" : "";
        return """
                Impact on baseline v%d:%s
                - Schedule: %s
                - Cost: %s%s
                - Resources: %s
                - Services: %s
                - Window: %s""".formatted(baselineVersion, scope, schedule, cost, budget, resources, services, window);
    }

    /**
     * How far the plan without the change is off its baseline's finish, which the reviewers must not take for the
     * change's slip: late where work not begun is behind its dates, early where begun work runs ahead of the dates a
     * baseline recorded on an earlier status date gave it. Else a slip would not add up to the finish's move.
     */
    private String offBaseline() {
        return "the plan already forecasts finishing " + forecastFinishDate + ", "
                + Counted.of(Math.abs(forecastLateDays), "day") + " " + (forecastLateDays > 0 ? "after" : "before")
                + " its baseline's "
                + forecastFinishDate.minusDays(forecastLateDays) + (forecastLateDays > 0
                ? ", because work not begun is behind its dates" : ", because work begun is ahead of its dates");
    }

    /**
     * The approved budget before and after the change, against the forecast at completion: the changed plan's
     * budget at completion, what its work costs if it goes to plan. A budget below it is flagged, whichever of the
     * two the change moves. Without a baseline there is no plan to forecast from.
     */
    private String approvedBudget(NumberFormat money) {
        BigDecimal after = approvedBudget.add(budgetChange == null ? BigDecimal.ZERO : budgetChange);
        String line = after.compareTo(approvedBudget) == 0 ? money.format(approvedBudget) + ", unchanged"
                : money.format(approvedBudget) + " -> " + money.format(after) + " ("
                        + (budgetChange.signum() > 0 ? "+" : "") + budgetChangePercent().toPlainString() + " %)";
        if (baselineVersion == 0) {
            return line;
        }
        BigDecimal forecast = forecastAtCompletion();
        BigDecimal headroom = headroom();
        return line + (headroom.signum() < 0
                ? "; below the forecast at completion of " + money.format(forecast) + ": headroom "
                        + headroomInWords(headroom)
                : "; headroom " + headroomInWords(headroom) + " over the forecast at completion of "
                        + money.format(forecast));
    }

    /** The changed plan's budget at completion: what its work costs if it goes to plan. */
    private BigDecimal forecastAtCompletion() {
        return budgetAtCompletion.add(costDelta);
    }

    /** The approved budget after the change over the forecast at completion; negative when below it. */
    private BigDecimal headroom() {
        return approvedBudget.add(budgetChange == null ? BigDecimal.ZERO : budgetChange)
                .subtract(forecastAtCompletion());
    }

    /** Signed only when below the forecast, as the summary flags it. */
    private static String headroomInWords(BigDecimal headroom) {
        return headroom.signum() < 0 ? Money.signed(headroom) : Money.of(headroom);
    }

    /**
     * The figures of the summary that differ from those of {@code before}, an analysis of the same change on an
     * earlier plan, each old → new in the summary's words ("headroom $3,260.00 → $2,380.00"); empty when none does.
     * The forecast and the headroom only where both analyses had a baseline to forecast from and an approved budget.
     * Overloads, services and window conflicts are compared by who, which week and which service: one overloaded
     * person in place of another is named as added and gone, not hidden behind an equal count.
     *
     * @param personName a person's name as the forms show it, for their user id
     */
    List<String> changedSince(ImpactAnalysis before, Function<String, String> personName) {
        List<String> changed = new ArrayList<>();
        if (before.scheduleSlipDays != scheduleSlipDays) {
            changed.add("schedule slip " + before.scheduleSlipDays + " → " + Counted.of(scheduleSlipDays, "day"));
        }
        if (before.newFinishDate != null && newFinishDate != null) {
            changed(changed, "new finish", before.newFinishDate.toString(), newFinishDate.toString());
        }
        if (before.forecastLateDays != forecastLateDays) {
            changed.add("days the plan without the change finishes after its baseline's " + before.forecastLateDays
                    + " → " + forecastLateDays);
        }
        changed(changed, "critical path", before.criticalPathInWords(), criticalPathInWords());
        changed(changed, "cost", Money.signed(before.costDelta), Money.signed(costDelta));
        changed(changed, "cost share of the budget at completion", before.costSharePercent.toPlainString() + " %",
                costSharePercent.toPlainString() + " %");
        if (before.approvedBudget != null && approvedBudget != null) {
            changed(changed, "approved budget", Money.of(before.approvedBudget), Money.of(approvedBudget));
            if (budgetChange != null && budgetChange.signum() != 0) {
                changed(changed, "budget change share of the approved budget",
                        before.budgetChangePercent().toPlainString() + " %", budgetChangePercent().toPlainString()
                                + " %");
            }
        }
        if (before.baselineVersion != 0 && baselineVersion != 0) {
            changed(changed, "forecast at completion", Money.of(before.forecastAtCompletion()),
                    Money.of(forecastAtCompletion()));
            if (before.approvedBudget != null && approvedBudget != null) {
                changed(changed, "headroom", headroomInWords(before.headroom()), headroomInWords(headroom()));
            }
        }
        overloadsChanged(changed, before, personName);
        servicesChanged(changed, before);
        List<String> conflictsThen = before.windowConflicts.stream().map(WindowConflict::inWords).toList();
        List<String> conflictsNow = windowConflicts.stream().map(WindowConflict::inWords).toList();
        addedAndGone(changed, "window conflicts added", conflictsNow.stream().filter(c -> !conflictsThen.contains(c))
                .toList(), "window conflicts gone", conflictsThen.stream().filter(c -> !conflictsNow.contains(c))
                .toList());
        return changed;
    }

    private String criticalPathInWords() {
        return criticalPath.isEmpty() ? "none" : listed(criticalPath, " -> ");
    }

    /** Overloads by person and week: added, gone, and those whose hours moved, old → new. */
    private void overloadsChanged(List<String> changed, ImpactAnalysis before, Function<String, String> personName) {
        Map<String, ResourceOverload> then = overloadsByPersonAndWeek(before.resourceOverloads);
        Map<String, ResourceOverload> now = overloadsByPersonAndWeek(resourceOverloads);
        Function<ResourceOverload, String> who = o -> personName.apply(o.person()) + " in the week of " + o.week();
        Function<ResourceOverload, String> hours = o -> o.bookedHours().toPlainString() + " h booked of "
                + o.capacityHours().toPlainString() + " h";
        List<String> added = now.keySet().stream().filter(key -> !then.containsKey(key)).map(now::get)
                .map(o -> who.apply(o) + " (" + hours.apply(o) + ")").toList();
        List<String> gone = then.keySet().stream().filter(key -> !now.containsKey(key)).map(then::get)
                .map(o -> who.apply(o) + " (" + hours.apply(o) + ")").toList();
        List<String> moved = now.keySet().stream().filter(then::containsKey)
                .filter(key -> !sameHours(then.get(key), now.get(key)))
                .map(key -> "hours of " + who.apply(now.get(key)) + ": " + hours.apply(then.get(key)) + " → "
                        + hours.apply(now.get(key)))
                .toList();
        addedAndGone(changed, "overloads added", added, "overloads gone", gone);
        changed.addAll(moved);
    }

    private static Map<String, ResourceOverload> overloadsByPersonAndWeek(List<ResourceOverload> overloads) {
        Map<String, ResourceOverload> byKey = new LinkedHashMap<>();
        overloads.forEach(o -> byKey.put(o.person() + "@" + o.week(), o));
        return byKey;
    }

    private static boolean sameHours(ResourceOverload before, ResourceOverload now) {
        return before.bookedHours().compareTo(now.bookedHours()) == 0
                && before.capacityHours().compareTo(now.capacityHours()) == 0;
    }

    /** Services by key, named as the catalog names them with their criticality; a changed criticality old → new. */
    private void servicesChanged(List<String> changed, ImpactAnalysis before) {
        Map<String, AffectedService> then = new LinkedHashMap<>();
        before.affectedServices.forEach(s -> then.put(s.key(), s));
        Map<String, AffectedService> now = new LinkedHashMap<>();
        affectedServices.forEach(s -> now.put(s.key(), s));
        addedAndGone(changed, "services now affected", now.values().stream().filter(s -> !then.containsKey(s.key()))
                .map(ImpactAnalysis::serviceInWords).toList(), "services no longer affected", then.values().stream()
                .filter(s -> !now.containsKey(s.key())).map(ImpactAnalysis::serviceInWords).toList());
        now.values().stream().filter(s -> then.containsKey(s.key()))
                .filter(s -> then.get(s.key()).criticality() != s.criticality())
                .forEach(s -> changed.add("criticality of " + s.name() + " " + then.get(s.key()).criticality()
                        + " → " + s.criticality()));
    }

    private static String serviceInWords(AffectedService service) {
        return service.name() + " (" + service.criticality() + ")";
    }

    private static void addedAndGone(List<String> changed, String addedLabel, List<String> added, String goneLabel,
                                     List<String> gone) {
        if (!added.isEmpty()) {
            changed.add(addedLabel + ": " + listed(added, ", "));
        }
        if (!gone.isEmpty()) {
            changed.add(goneLabel + ": " + listed(gone, ", "));
        }
    }

    private static void changed(List<String> changed, String figure, String before, String now) {
        if (!Objects.equals(before, now)) {
            changed.add(figure + " " + before + " → " + now);
        }
    }

    private static String listed(List<String> entries, String separator) {
        String shown = String.join(separator, entries.subList(0, Math.min(MAX_LISTED, entries.size())));
        return entries.size() <= MAX_LISTED ? shown : shown + separator + "and " + (entries.size() - MAX_LISTED)
                + " more";
    }
}
