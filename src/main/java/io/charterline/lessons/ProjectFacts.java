package io.charterline.lessons;

import io.charterline.monitoring.Health;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What a project's data says at a phase gate, as far as it is known then: the input of {@link LessonDeriver}.
 * Unknown figures are null and unknown lists empty; the deriver draws no lesson from them.
 *
 * @param projectKey          the project, e.g. PRJ-2026-0014
 * @param services            keys of the IT services the charter names (tags of every derived lesson)
 * @param workPackages        each work package's estimate and, once booked, actual hours, and whether a change
 *                            cancelled it
 * @param changes             the change requests raised since baseline v1, with cause and decision
 * @param plannedFinish       finish date of baseline v1; when packages were completed before their planned start,
 *                            the latest finish baseline v1 planned for the others
 * @param actualFinish        the day the last work package was done, leaving out those completed before their
 *                            planned start
 * @param completedBeforePlannedStart the done packages completed before their planned start day, which the
 *                            estimates and the finishes leave out: such a completion says nothing about how long
 *                            the work took
 * @param budgetAtCompletion  BAC of the baseline
 * @param actualCost          the cost booked by the end of the work
 * @param escalations         the sponsor's decisions on RED status reports, each with the reason given
 * @param statusHealths       the health of each status cycle, oldest first, without the closeout snapshot: whether
 *                            an AMBER cycle warned before the first RED one
 * @param resourceGaps        skills the resource pool could not staff at planning
 * @param charterReworks      how often the sponsor sent the charter back
 * @param planRejections      how often the plan was rejected at the plan gate
 * @param terminationReason   why the sponsor terminated the project (the reason given to the API, or the comment
 *                            on the escalation decided TERMINATE); null unless it was terminated
 * @param skillNames          the skill catalog's names by code ("ANALYSIS" is "Business analysis"), which the
 *                            lessons' sentences use; a code without a name is written as itself
 */
public record ProjectFacts(
        String projectKey,
        List<String> services,
        List<WorkPackageFact> workPackages,
        List<ChangeFact> changes,
        LocalDate plannedFinish,
        LocalDate actualFinish,
        List<EarlyCompletionFact> completedBeforePlannedStart,
        BigDecimal budgetAtCompletion,
        BigDecimal actualCost,
        List<EscalationFact> escalations,
        List<Health> statusHealths,
        List<ResourceGapFact> resourceGaps,
        int charterReworks,
        int planRejections,
        String terminationReason,
        Map<String, String> skillNames) {

    public ProjectFacts {
        services = services == null ? List.of() : List.copyOf(services);
        workPackages = workPackages == null ? List.of() : List.copyOf(workPackages);
        changes = changes == null ? List.of() : List.copyOf(changes);
        completedBeforePlannedStart = completedBeforePlannedStart == null ? List.of()
                : List.copyOf(completedBeforePlannedStart);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        statusHealths = statusHealths == null ? List.of() : List.copyOf(statusHealths);
        resourceGaps = resourceGaps == null ? List.of() : List.copyOf(resourceGaps);
        skillNames = skillNames == null ? Map.of() : Map.copyOf(skillNames);
    }

    /** Facts whose skills are written by their codes. */
    public ProjectFacts(String projectKey, List<String> services, List<WorkPackageFact> workPackages,
                        List<ChangeFact> changes, LocalDate plannedFinish, LocalDate actualFinish,
                        List<EarlyCompletionFact> completedBeforePlannedStart, BigDecimal budgetAtCompletion,
                        BigDecimal actualCost, List<EscalationFact> escalations, List<Health> statusHealths,
                        List<ResourceGapFact> resourceGaps, int charterReworks, int planRejections,
                        String terminationReason) {
        this(projectKey, services, workPackages, changes, plannedFinish, actualFinish, completedBeforePlannedStart,
                budgetAtCompletion, actualCost, escalations, statusHealths, resourceGaps, charterReworks,
                planRejections, terminationReason, Map.of());
    }

    /** The skill's name in the catalog, or its code if it has none. */
    public String skillName(String code) {
        return skillNames.getOrDefault(code, code);
    }

    /** Facts that say nothing yet: a project's key and services only. */
    public static ProjectFacts none(String projectKey, List<String> services) {
        return new ProjectFacts(projectKey, services, List.of(), List.of(), null, null, List.of(), null, null,
                List.of(), List.of(), List.of(), 0, 0, null);
    }

    /** Days the work finished after baseline v1's finish (negative when early), or null while either is unknown. */
    public Long slipDays() {
        return plannedFinish == null || actualFinish == null
                ? null
                : ChronoUnit.DAYS.between(plannedFinish, actualFinish);
    }

    /**
     * @param actualHours null until hours are booked on the package
     * @param cancelled   a change removed the package: its work was stopped, not finished
     */
    public record WorkPackageFact(String code, String name, String skill, BigDecimal estimateHours,
                                  BigDecimal actualHours, boolean cancelled) {

        public WorkPackageType type() {
            return WorkPackageType.of(name, skill);
        }
    }

    /** A package completed before its planned start: the day it was planned to start and was completed, its hours. */
    public record EarlyCompletionFact(String code, String name, LocalDate plannedStart, LocalDate completedOn,
                                      BigDecimal estimateHours, BigDecimal actualHours) {
    }

    /**
     * @param cause    why the change was needed, as the requester classified it (e.g. "missed requirement")
     * @param decision what became of the change: APPROVED (applied to the baseline and not backed out), BACKED OUT,
     *                 NOT APPLIED (approved, not applied), REJECTED or DEFERRED; null while undecided
     */
    public record ChangeFact(String key, String title, String cause, String decision) {
    }

    /**
     * @param decision CONTINUE, REPLAN or TERMINATE
     * @param comment  the sponsor's reason, null when none was given
     * @param cause    why the status cycle rated the project RED, as it said then: its open critical issues
     *                 ("the open critical issue 'Build server down' (owner Paul Manager)") or its indices ("SPI 0.62,
     *                 CPI 0.95"); null for an escalation recorded before causes were kept
     */
    public record EscalationFact(String decision, String comment, String cause) {

        public EscalationFact(String decision, String comment) {
            this(decision, comment, null);
        }
    }

    public record ResourceGapFact(String skill, BigDecimal missingHours) {
    }
}
