package io.charterline.lessons;

import static io.charterline.monitoring.HealthVariables.ESCALATION_CAUSE;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.ESCALATION_COMMENT;
import static io.charterline.project.LifecycleVariables.ESCALATION_DECISION;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.STAFFING_GAPS;
import static io.charterline.project.LifecycleVariables.TERMINATED;
import static io.charterline.project.LifecycleVariables.TERMINATION_REASON;

import io.charterline.change.ChangeRequest;
import io.charterline.change.ChangeStatus;
import io.charterline.lessons.ProjectFacts.ChangeFact;
import io.charterline.lessons.ProjectFacts.EarlyCompletionFact;
import io.charterline.lessons.ProjectFacts.EscalationFact;
import io.charterline.lessons.ProjectFacts.ResourceGapFact;
import io.charterline.lessons.ProjectFacts.WorkPackageFact;
import io.charterline.monitoring.Health;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.Baseline;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.record.ProjectRecord;
import io.charterline.record.ProjectRecords;
import io.charterline.resource.SkillCatalog;
import io.charterline.resource.StaffingGapText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * The facts of a project: its services from the charter; from the lifecycle's history (history level full) how
 * often the charter was sent back, the plan rejected and a RED status escalated, with the sponsor's reasons and
 * what made each status RED, and
 * why the project was terminated; and from its record the work
 * packages with estimates and booked hours, the change requests, the baseline's finish and budget against the
 * actual ones, and the staffing gaps of the first assignment round; from its status reports each cycle's health.
 */
@Component
class RecordedProjectFactsSource implements ProjectFactsSource {

    private static final Set<String> DECISIONS = Set.of(CHARTER_DECISION, PLAN_DECISION, ESCALATION_DECISION,
            ESCALATION_COMMENT, ESCALATION_CAUSE, STAFFING_GAPS, TERMINATED);
    private static final String TERMINATE = "TERMINATE";
    /** A decision and its comment are set by one task completion: further apart, a comment is another round's. */
    private static final long SAME_COMPLETION_MILLIS = 1000;

    private final ProjectRegistry projects;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final ProjectRecords records;
    private final StatusReportService statusReports;
    private final SkillCatalog skills;

    RecordedProjectFactsSource(ProjectRegistry projects, HistoryService historyService, RuntimeService runtimeService,
                               ProjectRecords records, StatusReportService statusReports, SkillCatalog skills) {
        this.projects = projects;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.records = records;
        this.statusReports = statusReports;
        this.skills = skills;
    }

    @Override
    public ProjectFacts factsOf(String projectKey, Phase phase) {
        Project project = projects.require(projectKey);
        List<String> services = List.copyOf(project.getRelatedServices());
        if (project.getProcessInstanceId() == null) {
            return ProjectFacts.none(projectKey, services);
        }
        Map<String, List<HistoricVariableUpdate>> updates = decisionsOf(project.getProcessInstanceId());
        Map<String, List<String>> decisions = updates.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(update -> update.getValue().toString()).toList()));
        List<HistoricVariableUpdate> comments = updates.getOrDefault(ESCALATION_COMMENT, List.of());
        List<HistoricVariableUpdate> causes = updates.getOrDefault(ESCALATION_CAUSE, List.of());
        List<HistoricVariableUpdate> escalationDecisions = updates.getOrDefault(ESCALATION_DECISION, List.of());
        List<EscalationFact> escalations = new ArrayList<>();
        for (HistoricVariableUpdate decision : escalationDecisions) {
            escalations.add(new EscalationFact(decision.getValue().toString(), commentOf(decision, comments),
                    causeOf(decision, causes)));
        }
        // A termination reaches the execution gate in the transaction that decided it, whose history is not
        // written yet: whether and why the project was terminated are read from the running instance.
        Map<String, Object> now = running(project.getProcessInstanceId())
                ? runtimeService.getVariables(project.getProcessInstanceId(), List.of(ESCALATION_DECISION,
                        ESCALATION_COMMENT, ESCALATION_CAUSE, TERMINATED, TERMINATION_REASON))
                : Map.of();
        if (TERMINATE.equals(now.get(ESCALATION_DECISION))
                && escalations.stream().noneMatch(escalation -> TERMINATE.equals(escalation.decision()))) {
            escalations.add(new EscalationFact(TERMINATE, (String) now.get(ESCALATION_COMMENT),
                    (String) now.get(ESCALATION_CAUSE)));
        }
        ProjectRecord record = records.of(projectKey);
        List<WorkPackageFact> workPackages = record.workPackages().stream()
                .map(wp -> new WorkPackageFact(wp.code(), wp.name(), wp.skill(), wp.estimateHours(),
                        record.actualHoursOf(wp.code()).signum() > 0 ? record.actualHoursOf(wp.code()) : null,
                        wp.state() == WorkPackageState.CANCELLED))
                .toList();
        List<ChangeFact> changes = record.changes().stream()
                .map(change -> new ChangeFact(change.getKey(), change.getTitle(), change.getReason(),
                        outcome(change)))
                .toList();
        // A terminated project's work stopped rather than finished: its end date and spend say nothing about
        // how well it was planned, so no schedule or budget lesson is drawn from them.
        boolean finished = !decisions.getOrDefault(TERMINATED, List.of()).contains("true")
                && !Boolean.TRUE.equals(now.get(TERMINATED));
        Baseline current = finished ? record.currentBaseline() : null;
        // A package completed before its planned start is left out of the estimates, also of a terminated project,
        // and of both finishes, so that the finish compares the same packages' plan and work, and a completion
        // weeks ahead of the plan is not read as planned slack.
        List<WorkPackage> early = record.completedBeforePlannedStart();
        Set<String> leftOut = early.stream().map(WorkPackage::code).collect(Collectors.toSet());
        return new ProjectFacts(projectKey, services, workPackages, changes,
                finished ? record.firstBaselineFinishLeavingOut(leftOut) : null,
                finished ? record.actualFinishLeavingOut(leftOut) : null,
                early.stream().map(wp -> new EarlyCompletionFact(wp.code(), wp.name(), wp.plannedStart(),
                        ProjectRecord.completedOn(wp), wp.estimateHours(), record.actualHoursOf(wp.code()))).toList(),
                current == null ? null : current.plan().budgetAtCompletion(), finished ? record.actualCost() : null,
                escalations, statusHealths(projectKey), resourceGaps(decisions.getOrDefault(STAFFING_GAPS, List.of())),
                count(decisions.getOrDefault(CHARTER_DECISION, List.of()), "REWORK"),
                count(decisions.getOrDefault(PLAN_DECISION, List.of()), "REJECT"),
                finished ? null : terminationReason((String) now.get(TERMINATION_REASON), escalations),
                skills.names());
    }

    /** The health of each status cycle, oldest first; the closeout snapshot is unrated and left out. */
    private List<Health> statusHealths(String projectKey) {
        return statusReports.history(projectKey).stream().filter(report -> !report.isCloseout())
                .map(StatusReport::getHealth).filter(Objects::nonNull).toList();
    }

    /** The comment given with this escalation decision: set by the same task completion, so at the same moment. */
    private static String commentOf(HistoricVariableUpdate decision, List<HistoricVariableUpdate> comments) {
        long decidedAt = decision.getTime().getTime();
        return comments.stream()
                .filter(comment -> Objects.equals(comment.getActivityInstanceId(),
                        decision.getActivityInstanceId()))
                .filter(comment -> Math.abs(comment.getTime().getTime() - decidedAt) <= SAME_COMPLETION_MILLIS)
                .min(Comparator.comparingLong(comment -> Math.abs(comment.getTime().getTime() - decidedAt)))
                .map(comment -> comment.getValue().toString())
                .orElse(null);
    }

    /**
     * Why the status decided on was RED: the decision task records its own cycle's cause when it is completed, so
     * cause and decision share the task's activity instance, also when two escalations were decided out of order.
     */
    private static String causeOf(HistoricVariableUpdate decision, List<HistoricVariableUpdate> causes) {
        return causes.stream()
                .filter(cause -> Objects.equals(cause.getActivityInstanceId(), decision.getActivityInstanceId()))
                .map(cause -> cause.getValue().toString())
                .findFirst()
                .orElse(null);
    }

    private boolean running(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /** The reason given to the termination API, else the comment of the escalation the sponsor decided TERMINATE. */
    private static String terminationReason(String apiReason, List<EscalationFact> escalations) {
        if (apiReason != null && !apiReason.isBlank()) {
            return apiReason;
        }
        return escalations.stream().filter(escalation -> TERMINATE.equals(escalation.decision()))
                .map(EscalationFact::comment).filter(comment -> comment != null && !comment.isBlank())
                .reduce((first, last) -> last).orElse("");
    }

    /**
     * Every value each of the decision variables was given, oldest first: one per completed decision task. One
     * query for all of them, of text and yes/no values only, so that the instance's large JSON variables are not
     * read. Called from the gate's delegate, where the engine checks no authorizations
     * (authorizationEnabledForCustomCode is off), so the user who completed the gate needs no READ_HISTORY for the
     * counts to be complete.
     */
    private Map<String, List<HistoricVariableUpdate>> decisionsOf(String processInstanceId) {
        return historyService.createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .variableTypeIn("string", "boolean")
                .disableBinaryFetching()
                .orderByTime().asc()
                .list().stream()
                .filter(HistoricVariableUpdate.class::isInstance)
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> DECISIONS.contains(update.getVariableName()) && update.getValue() != null)
                .collect(Collectors.groupingBy(HistoricVariableUpdate::getVariableName));
    }

    /** The gaps of the first staffing round, as the PMO saw them on the gap form. */
    private static List<ResourceGapFact> resourceGaps(List<String> gapTexts) {
        return gapTexts.stream()
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(text -> StaffingGapText.parse(text).stream()
                        .map(gap -> new ResourceGapFact(gap.skill(), gap.missingHours()))
                        .toList())
                .orElse(List.of());
    }

    /** What became of a change: only one in effect counts as approved, like the KPI and the closeout report. */
    private static String outcome(ChangeRequest change) {
        if (change.getDecision() == null) {
            return null;
        }
        if (change.inEffect()) {
            return "APPROVED";
        }
        if (change.getStatus() == ChangeStatus.BACKED_OUT) {
            return "BACKED OUT";
        }
        return switch (change.getDecision()) {
            case APPROVE -> "NOT APPLIED";
            case REJECT -> "REJECTED";
            case DEFER -> "DEFERRED";
        };
    }

    private static int count(List<String> decisions, String value) {
        return (int) decisions.stream().filter(value::equals).count();
    }
}
