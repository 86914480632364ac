package io.charterline.lessons;

import io.charterline.lessons.ProjectFacts.ChangeFact;
import io.charterline.lessons.ProjectFacts.EarlyCompletionFact;
import io.charterline.lessons.ProjectFacts.EscalationFact;
import io.charterline.lessons.ProjectFacts.ResourceGapFact;
import io.charterline.lessons.ProjectFacts.WorkPackageFact;
import io.charterline.monitoring.EscalationBriefing;
import io.charterline.monitoring.Health;
import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads lessons from a project's data at a phase gate, only where the data says something: an estimate off by
 * more than 15 %, a slip of more than 5 days, a budget off by more than 10 %, three or more changes, any
 * escalation, a termination, any staffing gap, any charter rework or plan rejection. The estimates and the slip
 * leave out the packages completed before their planned start day (see
 * {@link ProjectFacts#completedBeforePlannedStart()}) and say so.
 *
 * <p>Each kind of lesson belongs to the first gate at which its data is final, so the same lesson is not drawn
 * again at the next gate: charter reworks at CHARTER; plan rejections and staffing gaps at PLANNING; estimates,
 * changes, escalations and a termination at EXECUTION (the work is done or stopped); schedule and budget against
 * the baseline at CLOSING, after acceptance, which may still take rework.
 */
@Component
public class LessonDeriver {

    static final BigDecimal ESTIMATE_TOLERANCE = new BigDecimal("0.15");
    static final BigDecimal BUDGET_TOLERANCE = new BigDecimal("0.10");
    static final long SLIP_TOLERANCE_DAYS = 5;
    static final int CHANGES_WORTH_A_LESSON = 3;
    private static final int NAMED_PACKAGES = 5;

    public List<DerivedLesson> derive(ProjectFacts facts, Phase phase) {
        List<DerivedLesson> lessons = new ArrayList<>();
        switch (phase) {
            case CHARTER -> charterReworks(facts, lessons);
            case PLANNING -> {
                planRejections(facts, lessons);
                staffingGaps(facts, lessons);
            }
            case EXECUTION -> {
                estimates(facts, lessons);
                changes(facts, lessons);
                escalations(facts, lessons);
                termination(facts, lessons);
            }
            case CLOSING -> {
                schedule(facts, lessons);
                budget(facts, lessons);
            }
        }
        return lessons;
    }

    private static void charterReworks(ProjectFacts facts, List<DerivedLesson> lessons) {
        if (facts.charterReworks() < 1) {
            return;
        }
        lessons.add(lesson(facts, LessonCategory.GOVERNANCE, List.of("charter"),
                "The sponsor sent the charter back for rework " + times(facts.charterReworks())
                        + " before approving it.",
                "Each round delayed the start of scoping by the time the author and the sponsor needed for it.",
                "Walk the sponsor through a draft charter before submitting it: measurable objectives, a "
                        + "quantified business case and realistic dates are what charters are most often sent "
                        + "back for."));
    }

    private static void planRejections(ProjectFacts facts, List<DerivedLesson> lessons) {
        if (facts.planRejections() < 1) {
            return;
        }
        lessons.add(lesson(facts, LessonCategory.GOVERNANCE, List.of("plan-gate"),
                "The plan was rejected at the plan gate " + times(facts.planRejections()) + ".",
                "Each rejection sent the work breakdown back for re-planning and delayed the start of execution.",
                "Review the work breakdown, estimates and baseline with the PMO (and, for tier 1, the sponsor) "
                        + "before submitting the plan for the gate."));
    }

    private static void staffingGaps(ProjectFacts facts, List<DerivedLesson> lessons) {
        List<ResourceGapFact> gaps = facts.resourceGaps().stream()
                .filter(gap -> gap.missingHours() != null && gap.missingHours().signum() > 0)
                .toList();
        if (gaps.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> bySkill = gaps.stream().collect(Collectors.groupingBy(ResourceGapFact::skill,
                LinkedHashMap::new, Collectors.reducing(BigDecimal.ZERO, ResourceGapFact::missingHours,
                        BigDecimal::add)));
        BigDecimal total = bySkill.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String list = bySkill.entrySet().stream()
                .map(entry -> facts.skillName(entry.getKey()) + " short of " + hours(entry.getValue()))
                .collect(Collectors.joining(", "));
        String skills = bySkill.keySet().stream().map(facts::skillName).collect(Collectors.joining(" and "));
        lessons.add(lesson(facts, LessonCategory.STAFFING, List.copyOf(bySkill.keySet()),
                "The resource pool could not staff the plan: " + list + ".",
                hours(total) + " of planned work had nobody with the required skill assigned from the pool.",
                "Reserve people for " + skills + " before the plan gate of similar projects, or plan external "
                        + "support for them from the start."));
    }

    private static void estimates(ProjectFacts facts, List<DerivedLesson> lessons) {
        // A cancelled package's hours stop where its work was stopped, and one completed before its planned start
        // says nothing about how long the work took: neither says anything about its estimate.
        Map<String, EarlyCompletionFact> early = facts.completedBeforePlannedStart().stream()
                .collect(Collectors.toMap(EarlyCompletionFact::code, wp -> wp, (a, b) -> a));
        List<WorkPackageFact> estimated = facts.workPackages().stream()
                .filter(wp -> !wp.cancelled())
                .filter(wp -> wp.actualHours() != null && wp.estimateHours() != null
                        && wp.estimateHours().signum() > 0)
                .toList();
        List<WorkPackageFact> booked = estimated.stream().filter(wp -> !early.containsKey(wp.code())).toList();
        List<WorkPackageFact> leftOut = estimated.stream().filter(wp -> early.containsKey(wp.code())).toList();
        List<Set<String>> coveredBySkillLessons = new ArrayList<>();
        groups(booked, WorkPackageFact::skill).forEach((skill, packages) -> {
            List<String> tags = new ArrayList<>(List.of(skill));
            packages.stream().map(wp -> wp.type().name()).distinct().forEach(tags::add);
            List<EarlyCompletionFact> sameGroup = leftOut.stream().filter(wp -> skill.equals(wp.skill()))
                    .map(wp -> early.get(wp.code())).toList();
            if (estimateLesson(facts, facts.skillName(skill) + " work", tags, facts.skillName(skill), packages,
                    sameGroup, lessons)) {
                coveredBySkillLessons.add(codes(packages));
            }
        });
        groups(booked, wp -> wp.type().name()).forEach((type, packages) -> {
            // The same packages under another name would only repeat the skill's lesson.
            if (!coveredBySkillLessons.contains(codes(packages))) {
                String skills = packages.stream().map(WorkPackageFact::skill).distinct().map(facts::skillName)
                        .collect(Collectors.joining(", "));
                List<String> tags = new ArrayList<>(List.of(type));
                packages.stream().map(WorkPackageFact::skill).distinct().forEach(tags::add);
                List<EarlyCompletionFact> sameGroup = leftOut.stream().filter(wp -> type.equals(wp.type().name()))
                        .map(wp -> early.get(wp.code())).toList();
                estimateLesson(facts, word(type) + " work packages", tags, skills, packages, sameGroup, lessons);
            }
        });
    }

    /** A work package type in a sentence: MIGRATION as "Migration". */
    private static String word(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }

    /** @param leftOut the packages of the same skill or type left out as completed before their planned start */
    private static boolean estimateLesson(ProjectFacts facts, String subject, List<String> tags, String effort,
                                          List<WorkPackageFact> packages, List<EarlyCompletionFact> leftOut,
                                          List<DerivedLesson> lessons) {
        BigDecimal estimate = sum(packages, WorkPackageFact::estimateHours);
        BigDecimal actual = sum(packages, WorkPackageFact::actualHours);
        BigDecimal variance = actual.subtract(estimate).divide(estimate, 4, RoundingMode.HALF_UP);
        if (variance.abs().compareTo(ESTIMATE_TOLERANCE) <= 0) {
            return false;
        }
        String percent = percent(variance.abs());
        String which = packages.size() + " work package" + (packages.size() == 1 ? "" : "s") + " ("
                + packages.stream().limit(NAMED_PACKAGES).map(wp -> wp.code() + " " + wp.name())
                .collect(Collectors.joining(", ")) + (packages.size() > NAMED_PACKAGES ? ", ..." : "") + ")";
        boolean over = variance.signum() > 0;
        String what = subject + " took " + percent + (over ? " more" : " fewer") + " hours than estimated: "
                + hours(actual) + " reported against " + hours(estimate) + " estimated over " + which + "."
                + leavesOut("The estimate leaves out", leftOut);
        String impact = over
                ? hours(actual.subtract(estimate)) + " more effort than planned for " + effort + "."
                : hours(estimate.subtract(actual)) + " of the effort planned for " + effort + " were not needed; "
                        + "the budget for them was tied up.";
        String recommendation = over
                ? "Estimate " + subject + " about " + percent + " higher in similar projects, or split it into "
                        + "smaller work packages and estimate them with the people who will do the work."
                : "Estimates of " + subject + " were about " + percent + " too high: calibrate them against these "
                        + "actuals so that less budget is tied up.";
        lessons.add(lesson(facts, LessonCategory.ESTIMATING, tags, what, impact, recommendation));
        return true;
    }

    private static void changes(ProjectFacts facts, List<DerivedLesson> lessons) {
        List<ChangeFact> changes = facts.changes();
        if (changes.size() < CHANGES_WORTH_A_LESSON) {
            return;
        }
        Map<String, Long> decisions = counts(changes.stream().map(c -> c.decision() == null
                ? "undecided" : c.decision().strip().toLowerCase(Locale.ROOT)).toList());
        Map<String, Long> causes = counts(changes.stream().map(c -> c.cause() == null || c.cause().isBlank()
                ? "no cause given" : c.cause().strip().toLowerCase(Locale.ROOT)).toList());
        String what = changes.size() + " change requests were raised: " + listed(decisions) + ". Causes: "
                + listed(causes) + ".";
        long approved = decisions.getOrDefault("approved", 0L);
        String impact = "Every request needed an impact analysis and a decision"
                + (approved > 0 ? "; " + approved + " approved change" + (approved == 1 ? "" : "s")
                        + " took effect." : ".");
        Map.Entry<String, Long> top = causes.entrySet().iterator().next();
        String recommendation = top.getValue() >= 2 && !top.getKey().equals("no cause given")
                ? "The most frequent cause was '" + top.getKey() + "' (" + top.getValue() + " of " + changes.size()
                        + "): deal with it before the baseline of similar projects, for example in the scope "
                        + "statement and its review with the key users."
                : "Review scope and requirements with the key users before the plan gate; many changes after the "
                        + "baseline point to gaps that were found late.";
        lessons.add(lesson(facts, LessonCategory.CHANGE, List.of(), what, impact, recommendation));
    }

    private static void escalations(ProjectFacts facts, List<DerivedLesson> lessons) {
        List<EscalationFact> escalations = facts.escalations();
        boolean onlyTheTermination = facts.terminationReason() != null
                && escalations.stream().allMatch(e -> "TERMINATE".equalsIgnoreCase(e.decision()));
        if (escalations.isEmpty() || onlyTheTermination) {
            // An escalation that only ended in the termination is the termination's own lesson, told once.
            return;
        }
        Map<String, Long> decisions = counts(escalations.stream().map(LessonDeriver::decided).toList());
        List<String> causes = escalations.stream().map(EscalationFact::cause).filter(Objects::nonNull).distinct()
                .toList();
        String what = "The status turned RED and was escalated to the sponsor " + times(escalations.size())
                + "; the sponsor " + decisionsOf(escalations) + "." + (causes.isEmpty() ? "" : " RED because of "
                        + (decisions.size() > 1 ? causesWithDecisions(escalations) : String.join("; ", causes)) + ".");
        String impact = decisions.containsKey("re-plan") || decisions.containsKey("terminate")
                ? "The project needed a re-plan or was stopped: the baseline no longer held."
                : "The sponsor had to step in; the project went on with its baseline, without a re-plan"
                        + outcomeAgainstBaseline(facts) + ".";
        lessons.add(lesson(facts, LessonCategory.ESCALATION, List.of(), what, impact,
                escalationAdvice(causes, facts.statusHealths())));
    }

    /**
     * What the sponsor decided, in order, each with the reason given: "decided to continue (Vendor late)", or for
     * several "continued (Vendor late), then re-planned (Scope grew)".
     */
    private static String decisionsOf(List<EscalationFact> escalations) {
        if (escalations.size() == 1) {
            EscalationFact only = escalations.get(0);
            return (only.decision() == null ? "has not decided yet" : "decided to " + decided(only))
                    + reasonOf(only);
        }
        Set<String> distinct = escalations.stream().map(LessonDeriver::decided).collect(Collectors.toSet());
        if (distinct.size() == 1 && escalations.get(0).decision() != null) {
            String reasons = escalations.stream().map(EscalationFact::comment)
                    .filter(comment -> comment != null && !comment.isBlank()).map(String::strip).distinct()
                    .collect(Collectors.joining("; "));
            return "decided to " + decided(escalations.get(0)) + " each time"
                    + (reasons.isEmpty() ? "" : " (" + reasons + ")");
        }
        return escalations.stream().map(escalation -> pastTense(escalation) + reasonOf(escalation))
                .collect(Collectors.joining(", then "));
    }

    private static String pastTense(EscalationFact escalation) {
        return switch (decided(escalation)) {
            case "continue" -> "continued";
            case "re-plan" -> "re-planned";
            case "terminate" -> "terminated the project";
            case "undecided" -> "left it undecided";
            default -> "decided to " + decided(escalation);
        };
    }

    private static String reasonOf(EscalationFact escalation) {
        return escalation.comment() == null || escalation.comment().isBlank() ? ""
                : " (" + escalation.comment().strip() + ")";
    }

    /**
     * How the project ended against its baseline, as far as the facts know it at the gate: going on without a
     * re-plan says nothing about finishing on time or on budget, so a late finish or an overrun is named.
     */
    private static String outcomeAgainstBaseline(ProjectFacts facts) {
        Long slip = facts.slipDays();
        BigDecimal bac = facts.budgetAtCompletion();
        BigDecimal actual = facts.actualCost();
        boolean costKnown = bac != null && actual != null && bac.signum() > 0;
        List<String> misses = new ArrayList<>();
        if (slip != null && slip > 0) {
            misses.add("finished " + Counted.of(slip, "day") + " late");
        }
        if (costKnown && actual.compareTo(bac) > 0) {
            misses.add("cost " + money(actual.subtract(bac)) + " more than its planned cost (BAC)");
        }
        if (!misses.isEmpty()) {
            return ", yet it " + String.join(" and ", misses);
        }
        return slip != null && costKnown ? ", and it finished on time within its planned cost (BAC)" : "";
    }

    /** What the sponsor decided on an escalation, as the lesson says it. */
    private static String decided(EscalationFact escalation) {
        return escalation.decision() == null ? "undecided"
                : escalation.decision().strip().toLowerCase(Locale.ROOT).replace("replan", "re-plan");
    }

    /**
     * Each cause with what the sponsor decided on it: when the decisions differ, which RED led to which one is
     * what a later project can learn from.
     */
    private static String causesWithDecisions(List<EscalationFact> escalations) {
        Map<String, Set<String>> decisionsByCause = escalations.stream().filter(e -> e.cause() != null)
                .collect(Collectors.groupingBy(EscalationFact::cause, LinkedHashMap::new,
                        Collectors.mapping(LessonDeriver::decided, Collectors.toCollection(LinkedHashSet::new))));
        return decisionsByCause.entrySet().stream()
                .map(entry -> entry.getKey() + " (decided: " + String.join(", ", entry.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * Advice that fits what made the status RED: a critical issue rates a project RED whatever its indices, so it
     * asks for blockers resolved in time; indices ask for corrective action agreed in the charter, and for acting on
     * the AMBER warning only where one came: a project RED at its first status report, or straight from GREEN, was
     * reported too late or too seldom to see the trend. An escalation recorded without its cause gets the indices'
     * advice, the usual cause.
     */
    private static String escalationAdvice(List<String> causes, List<Health> healths) {
        List<String> issues = causes.stream().filter(EscalationBriefing::isCriticalIssue).toList();
        List<String> indexCauses = causes.stream().filter(cause -> !EscalationBriefing.isCriticalIssue(cause))
                .toList();
        String indices = indicesAdvice(indexCauses.isEmpty() ? null : indexCauses.get(0), healths);
        if (issues.isEmpty()) {
            return indices;
        }
        String blockers = "Raise blockers as issues early and resolve them before they become critical: an open "
                + "critical issue makes the status RED whatever SPI and CPI say (here " + String.join("; ", issues)
                + ").";
        return issues.size() < causes.size() ? blockers + " " + indices : blockers;
    }

    /** @param firstCause what the indices said at the first RED, e.g. "SPI 0.68, CPI 0.76"; null when unknown */
    private static String indicesAdvice(String firstCause, List<Health> healths) {
        String trigger = "agree with the sponsor in the charter which SPI and CPI values trigger a corrective action.";
        int firstRed = healths.indexOf(Health.RED);
        if (firstRed < 0) {
            return "Agree with the sponsor in the charter which SPI and CPI values trigger a corrective action, and "
                    + "act at the first status report that reaches them.";
        }
        if (healths.subList(0, firstRed).contains(Health.AMBER)) {
            return "Act on AMBER status reports before they turn RED: " + trigger;
        }
        if (firstRed == 0) {
            return "Report status earlier in similar projects: the first status report was already RED"
                    + (firstCause == null ? "" : " (" + firstCause + ")") + ", so the trend grew unseen before "
                    + "it; " + trigger;
        }
        return "Report status more often in similar projects: the status went from GREEN to RED without an AMBER "
                + "report in between" + (firstCause == null ? "" : " (" + firstCause + ")") + "; " + trigger;
    }

    /**
     * Why a project was stopped is what a later charter most needs to know, so a termination is a lesson of its
     * own, with the sponsor's reason, whether it followed a RED status or came straight from the sponsor.
     */
    private static void termination(ProjectFacts facts, List<DerivedLesson> lessons) {
        if (facts.terminationReason() == null) {
            return;
        }
        boolean afterRed = facts.escalations().stream().anyMatch(e -> "TERMINATE".equalsIgnoreCase(e.decision()));
        String reason = facts.terminationReason().isBlank() ? "no reason was recorded"
                : facts.terminationReason().strip();
        lessons.add(lesson(facts, LessonCategory.ESCALATION, List.of("termination"),
                "The sponsor terminated the project: stopped " + (afterRed ? "after a RED status" : "during execution")
                        + ": " + reason + ".",
                "The open work was cancelled; what was spent on it stays spent and nothing more is delivered.",
                "Check the reason this project was stopped against a similar charter's business case before "
                        + "approving it, and review the case again at each phase gate."));
    }

    private static void schedule(ProjectFacts facts, List<DerivedLesson> lessons) {
        Long slip = facts.slipDays();
        if (slip == null || Math.abs(slip) <= SLIP_TOLERANCE_DAYS) {
            return;
        }
        boolean late = slip > 0;
        String what = "The work finished " + Math.abs(slip) + " days " + (late ? "late" : "early")
                + ": first baseline's finish " + facts.plannedFinish() + ", actual finish " + facts.actualFinish()
                + "." + leavesOut("Both finishes leave out", facts.completedBeforePlannedStart());
        if (late) {
            lessons.add(lesson(facts, LessonCategory.SCHEDULE, List.of(), what,
                    slip + " days of delay against the first baseline.",
                    "Plan a schedule reserve for similar projects and watch the critical path from the first "
                            + "status cycle: a slip of this size shows in the SPI long before the finish."));
        } else {
            lessons.add(lesson(facts, LessonCategory.SCHEDULE, List.of(), what,
                    (-slip) + " days of the planned duration were not needed.",
                    "Similar projects can be planned tighter: the schedule reserve was not used."));
        }
    }

    /**
     * Which packages a lesson's figures leave out, and why ({@code what} says whose figures); nothing when none was
     * completed before its planned start.
     */
    private static String leavesOut(String what, List<EarlyCompletionFact> early) {
        if (early.isEmpty()) {
            return "";
        }
        return " " + what + " " + early.size() + " work package" + (early.size() == 1 ? "" : "s")
                + " completed before " + (early.size() == 1 ? "its" : "their") + " planned start, which says "
                + "nothing about how long the work took: "
                + early.stream().limit(NAMED_PACKAGES).map(wp -> wp.code() + " " + wp.name() + " (planned start "
                        + wp.plannedStart() + ", completed on " + wp.completedOn() + ", " + hours(wp.actualHours())
                        + " reported against " + hours(wp.estimateHours()) + " estimated)")
                .collect(Collectors.joining(", ")) + (early.size() > NAMED_PACKAGES ? ", ..." : "") + ".";
    }

    private static void budget(ProjectFacts facts, List<DerivedLesson> lessons) {
        BigDecimal bac = facts.budgetAtCompletion();
        BigDecimal actual = facts.actualCost();
        if (bac == null || actual == null || bac.signum() <= 0) {
            return;
        }
        BigDecimal variance = actual.subtract(bac).divide(bac, 4, RoundingMode.HALF_UP);
        if (variance.abs().compareTo(BUDGET_TOLERANCE) <= 0) {
            return;
        }
        boolean over = variance.signum() > 0;
        String what = "The project cost " + percent(variance.abs()) + (over ? " more" : " less")
                + " than its planned cost (BAC): actual cost " + money(actual) + " against a BAC of "
                + money(bac) + "." + leavesOut("The actual cost includes the hours of",
                facts.completedBeforePlannedStart());
        if (over) {
            lessons.add(lesson(facts, LessonCategory.BUDGET, List.of(), what,
                    money(actual.subtract(bac)) + " over its planned cost (BAC).",
                    "Add a cost reserve to similar projects and act on the CPI in each status cycle, not only at "
                            + "the end."));
        } else {
            lessons.add(lesson(facts, LessonCategory.BUDGET, List.of(), what,
                    money(bac.subtract(actual))
                            + " of the planned cost (BAC) was not needed and was tied up meanwhile.",
                    "Budget similar projects closer to these actuals and release unused reserves earlier."));
        }
    }

    private static DerivedLesson lesson(ProjectFacts facts, LessonCategory category, List<String> tags,
                                        String what, String impact, String recommendation) {
        return new DerivedLesson(category, what, impact, recommendation,
                LessonTags.of(category, tags, facts.services()));
    }

    private static Map<String, List<WorkPackageFact>> groups(List<WorkPackageFact> packages,
                                                             Function<WorkPackageFact, String> key) {
        return packages.stream().filter(wp -> key.apply(wp) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static Set<String> codes(List<WorkPackageFact> packages) {
        return packages.stream().map(WorkPackageFact::code).collect(Collectors.toSet());
    }

    private static BigDecimal sum(List<WorkPackageFact> packages, Function<WorkPackageFact, BigDecimal> hours) {
        return packages.stream().map(hours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Counts in order of frequency, most frequent first; ties in order of first appearance. */
    private static Map<String, Long> counts(List<String> values) {
        Map<String, Long> counts = values.stream()
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String listed(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString() + " h";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** As the closeout report writes money, where these lessons are shown too. */
    private static String money(BigDecimal amount) {
        return Money.of(amount);
    }
}
