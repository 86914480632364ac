package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.ESCALATION_COMMENT;
import static io.charterline.project.LifecycleVariables.ESCALATION_DECISION;
import static io.charterline.project.LifecycleVariables.TERMINATED_BY;
import static io.charterline.project.LifecycleVariables.TERMINATED_ON;
import static io.charterline.project.LifecycleVariables.TERMINATION_REASON;

import io.charterline.change.ChangeLog;
import io.charterline.change.ChangeLog.LoggedDecision;
import io.charterline.change.ChangeRequest;
import io.charterline.change.ChangeStatus;
import io.charterline.change.ImpactAnalysis;
import io.charterline.change.StoredImpacts;
import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import io.charterline.closing.CloseoutReportData.Cost;
import io.charterline.closing.CloseoutReportData.EarlyCompletion;
import io.charterline.closing.CloseoutReportData.Kpi;
import io.charterline.closing.CloseoutReportData.RegisterEntry;
import io.charterline.closing.CloseoutReportData.LessonLine;
import io.charterline.closing.CloseoutReportData.ResourceUse;
import io.charterline.closing.CloseoutReportData.Schedule;
import io.charterline.closing.CloseoutReportData.Scope;
import io.charterline.closing.CloseoutReportData.Terminated;
import io.charterline.closing.CloseoutReportData.Termination;
import io.charterline.lessons.LessonRepository;
import io.charterline.monitoring.Health;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportRepository;
import io.charterline.monitoring.StatusReportService;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.plan.Baseline;
import io.charterline.plan.PlannedPackage;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import io.charterline.record.ProjectRecord;
import io.charterline.record.ProjectRecords;
import io.charterline.risk.RiskRegister;
import io.charterline.scope.ScopeStatementRepository;
import io.charterline.time.TimeEntry;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's data: the project and its charter, the scope statement, the current baseline's dates and budget
 * against the actual start and finish of the work and the hours booked at their planned rates, the status reports
 * and the figures at closeout (burn chart and the final KPIs), every change request with its decision, planned
 * against booked hours per person who booked them and skill, the packages completed before their planned start, the
 * risks and issues with how they ended, and the lessons. People are shown by their names.
 */
@Component
class RecordedCloseoutReportDataSource implements CloseoutReportDataSource {

    private static final CloseoutFormat FORMAT = new CloseoutFormat();
    /** The API's scheduleAdherence and onTimeShare, named so that the two schedule figures are not confused. */
    private static final String SCHEDULE_ADHERENCE = "Schedule adherence: work packages due that are done";
    private static final String ON_TIME_SHARE = "On-time share: work packages done by their planned finish";
    private static final String TERMINATE = "TERMINATE";
    /** Cockpit's tooltip words for the API's budgetAccuracy. */
    private static final String BUDGET_ACCURACY = "Budget accuracy: 1 - the deviation of actual from planned cost "
            + "over the done packages";
    private static final String HOURS_REPORTED = "Hours reported";
    private static final String PRE_APPROVED = "pre-approved standard change";
    private static final String BOARD = "the change control board";
    /** How a change log entry ends that names the first of the board's members and counts the others. */
    private static final Pattern MORE = Pattern.compile(" and \\d+ more$");
    /** The closeout snapshot's resourceUtilisation, named as the API and Cockpit name it. */
    private static final String UTILISATION_OVER_LIFE = "R" + KpiFigures.UTILISATION_OVER_LIFE.substring(1);
    private static final String UTILISATION_MEANS = " of its people's available hours, worked on all projects";
    private static final String UTILISATION_NOT_MEASURED = "n/a: " + KpiFigures.UTILISATION_NOT_MEASURED;
    private static final String NOT_APPLICABLE_TERMINATED = "n/a: terminated, the plan it measures against was "
            + "abandoned";

    private final ProjectRegistry projects;
    private final ScopeStatementRepository scopeStatements;
    private final StatusReportRepository statusReports;
    private final LessonRepository lessons;
    private final ProjectRecords records;
    private final ProjectProgress progress;
    private final StatusReportService measurements;
    private final ChangeLog changeLog;
    private final StoredImpacts impacts;
    private final TimeEntryService timeEntries;
    private final PersonNames names;
    private final RiskRegister riskRegister;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    RecordedCloseoutReportDataSource(ProjectRegistry projects, ScopeStatementRepository scopeStatements,
                                     StatusReportRepository statusReports, LessonRepository lessons,
                                     ProjectRecords records, ProjectProgress progress,
                                     StatusReportService measurements, ChangeLog changeLog,
                                     StoredImpacts impacts, TimeEntryService timeEntries, PersonNames names,
                                     RiskRegister riskRegister, RuntimeService runtimeService,
                                     HistoryService historyService) {
        this.projects = projects;
        this.scopeStatements = scopeStatements;
        this.statusReports = statusReports;
        this.lessons = lessons;
        this.records = records;
        this.progress = progress;
        this.measurements = measurements;
        this.changeLog = changeLog;
        this.impacts = impacts;
        this.timeEntries = timeEntries;
        this.names = names;
        this.riskRegister = riskRegister;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    @Override
    @Transactional(readOnly = true)
    public CloseoutReportData dataOf(String projectKey, ProjectStatus outcome, LocalDate closingDate) {
        Project project = projects.require(projectKey);
        Scope scope = scopeStatements.findByProjectId(project.getId())
                .map(s -> new Scope(s.getInScope(), s.getOutOfScope(), s.getDeliverables(), s.getAcceptanceCriteria()))
                .orElse(null);
        List<KpiFigures> cycles = statusReports.findByProjectIdAndCloseoutFalseOrderByCycleNumber(project.getId())
                .stream().map(StatusReport::figures).toList();
        KpiFigures last = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
        ProjectRecord record = records.of(projectKey);
        // The plan in effect at the end, approved changes included: its dates and its budget side by side.
        Baseline current = record.currentBaseline();
        // A terminated project's work stopped; it has no finish to compare with the plan's.
        LocalDate actualFinish = outcome == ProjectStatus.TERMINATED ? null : record.actualFinish();
        List<TimeEntry> entries = timeEntries.list(projectKey, null, null);
        LocalDate firstWork = entries.stream().map(TimeEntry::date).min(Comparator.naturalOrder()).orElse(null);
        LocalDate actualStart = firstWork != null ? firstWork : record.actualStart();
        boolean startIsRelease = firstWork == null && actualStart != null;
        // Without a baseline (a project closed before planning) the charter and the status reports stand in.
        Schedule schedule = current != null
                ? new Schedule(current.version(), current.plan().startDate(), current.plan().finishDate(),
                        actualStart, startIsRelease, actualFinish)
                : new Schedule(null, project.getTargetStart(),
                        last != null && last.plannedFinish() != null ? last.plannedFinish() : project.getTargetEnd(),
                        actualStart, startIsRelease, actualFinish);
        Cost cost = record.currentBaseline() != null
                ? new Cost(project.getBudget(), project.getApprovedBudget(),
                        record.currentBaseline().plan().budgetAtCompletion(), record.actualCost())
                : new Cost(project.getBudget(), project.getApprovedBudget(),
                        last == null ? null : last.budgetAtCompletion(),
                        last == null ? null : last.actualCost());
        // The last status cycle may be weeks before closeout, with hours booked since: with a baseline to measure
        // against, the final KPIs and the burn chart's last point are the figures of the closeout date.
        boolean measuredAtClosing = record.currentBaseline() != null;
        // A terminated project measured at closeout has no work left: its estimate at completion is what it spent,
        // and the figures that score it against the abandoned plan do not apply.
        boolean terminated = outcome == ProjectStatus.TERMINATED && measuredAtClosing;
        KpiFigures closing = measuredAtClosing
                ? measurements.measure(project, progress.inputs(record, closingDate))
                        .overProjectLife(progress.utilisationOverLife(record, closingDate))
                : last;
        if (terminated) {
            closing = closing.terminated();
        }
        List<KpiFigures> measured = new ArrayList<>(cycles);
        if (measuredAtClosing) {
            measured.add(closing);
        }
        List<BurnPoint> burn = measured.stream()
                .map(f -> new BurnPoint(f.statusDate(), f.plannedValue(), f.earnedValue(), f.actualCost())).toList();
        List<LessonLine> lessonLines = lessons.findByProjectIdOrderByIdAsc(project.getId()).stream()
                .map(l -> new LessonLine(l.getPhase(), l.getCategory(), l.getWhatHappened(), l.getImpact(),
                        l.getRecommendation(), l.getSource(), names.of(l.getAuthor())))
                .toList();
        return new CloseoutReportData(project.getKey(), project.getName(), names.of(project.getSponsorId()),
                names.of(project.getManagerId()), outcome, project.getObjectives(), scope, schedule, cost, burn,
                closing == null ? List.of() : kpis(closing, record, !measuredAtClosing, terminated),
                terminated ? new Termination(closing.actualCost(), closing.earnedValue(),
                        closing.varianceAtCompletion()) : null,
                changes(record),
                resources(record, entries).stream()
                        .map(use -> use.withPerson(names.of(use.person()))).toList(),
                lessonLines,
                measuredAtClosing ? closing : null, onTime(record).share(), EarlyCompletion.in(record),
                register(projectKey, outcome),
                outcome == ProjectStatus.TERMINATED ? terminated(project) : null);
    }

    /**
     * When, by whom and why the project was terminated, from its lifecycle's variables: the reason given to the
     * termination API, else the sponsor's comment on the RED status report the escalation decided to terminate on.
     * The report is produced while the lifecycle still runs; a finished one keeps them in its history.
     */
    private Terminated terminated(Project project) {
        Map<String, Object> decision = lifecycleVariables(project.getProcessInstanceId(), List.of(TERMINATED_ON,
                TERMINATED_BY, TERMINATION_REASON, ESCALATION_DECISION, ESCALATION_COMMENT));
        String on = (String) decision.get(TERMINATED_ON);
        LocalDate day = on == null ? null : LocalDate.parse(on);
        String by = (String) decision.get(TERMINATED_BY);
        String reason = (String) decision.get(TERMINATION_REASON);
        Integer redCycle = null;
        if (reason == null && TERMINATE.equals(decision.get(ESCALATION_DECISION))) {
            reason = (String) decision.get(ESCALATION_COMMENT);
            redCycle = statusReports.findByProjectIdAndCloseoutFalseOrderByCycleNumber(project.getId()).stream()
                    .filter(cycle -> cycle.getHealth() == Health.RED)
                    .filter(cycle -> day == null || !cycle.figures().statusDate().isAfter(day))
                    .map(StatusReport::getCycleNumber).reduce((first, later) -> later).orElse(null);
        }
        return new Terminated(day, by == null ? null : names.of(by), reason, redCycle);
    }

    private Map<String, Object> lifecycleVariables(String processInstanceId, List<String> variableNames) {
        if (processInstanceId == null) {
            return Map.of();
        }
        if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            return runtimeService.getVariables(processInstanceId, variableNames);
        }
        // The process instance's own variables: their scope is its root activity instance, whose id is its own.
        Map<String, Object> values = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(variableNames.toArray(String[]::new)).list().stream()
                .filter(variable -> processInstanceId.equals(variable.getActivityInstanceId()))
                .forEach(variable -> values.put(variable.getName(), variable.getValue()));
        return values;
    }

    /**
     * The risks, then the issues, most severe first. The report is produced just before the closeout closes the
     * entries still unsettled ({@link RiskRegister#closeWithProject}); it shows them as the register will, closed at
     * closeout with the register's note, and says how they stood.
     */
    private List<RegisterEntry> register(String projectKey, ProjectStatus outcome) {
        List<RegisterEntry> entries = new ArrayList<>();
        riskRegister.risks(projectKey).forEach(risk -> {
            boolean closing = RiskRegister.closesWithProject(risk.status());
            entries.add(new RegisterEntry("Risk", risk.title(),
                    "%s, score %d".formatted(risk.severity(), risk.score()), names.of(risk.owner()),
                    closing ? closedAtCloseout(risk.status()) : risk.status().name(),
                    closing ? RiskRegister.closedWithProject(risk.status(), outcome) : risk.closingNote()));
        });
        riskRegister.issues(projectKey).forEach(issue -> {
            boolean closing = RiskRegister.closesWithProject(issue.status());
            entries.add(new RegisterEntry("Issue", issue.title(), issue.severity().name(), names.of(issue.owner()),
                    closing ? closedAtCloseout(issue.status()) : issue.status().name(),
                    closing ? RiskRegister.closedWithProject(outcome) : issue.closingNote()));
        });
        return entries;
    }

    private static String closedAtCloseout(Enum<?> status) {
        return "CLOSED at closeout (was " + status + ")";
    }

    /**
     * Each change with the day it was decided and who decided it (from the change log) and the cost and slip its
     * analysis found.
     */
    private List<Change> changes(ProjectRecord record) {
        Map<String, LoggedDecision> decided = changeLog.decisions(record.project().getId());
        return record.changes().stream().map(change -> {
            ImpactAnalysis impact = impacts.of(change);
            LoggedDecision decision = change.getDecision() == null ? null : decided.get(change.getKey());
            BigDecimal budgetChange = change.proposal().changesBudget() ? change.proposal().budgetChange() : null;
            return new Change(change.getKey(), change.getTitle(), change.getReason(),
                    change.getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    decision == null ? null : decision.at().atOffset(ZoneOffset.UTC).toLocalDate(),
                    decision == null ? null : deciders(decision.by()),
                    decision(change),
                    impact == null ? null : impact.costDelta(),
                    budgetChange,
                    impact == null ? null : Math.toIntExact(impact.scheduleSlipDays()));
        }).toList();
    }

    /**
     * The names of who decided, from the change log's user ids: one person, or the board members who voted for the
     * decision, "ccb1, ccb2 and 3 more" when not all of their ids fit the entry, which names the others by count.
     */
    private String deciders(String loggedBy) {
        if (loggedBy == null) {
            return PRE_APPROVED;
        }
        if (CharterlineGroups.CCB.equals(loggedBy)) {
            return BOARD;
        }
        Matcher more = MORE.matcher(loggedBy);
        boolean some = more.find();
        String ids = some ? loggedBy.substring(0, more.start()) : loggedBy;
        return Arrays.stream(ids.split(", ")).map(names::of).collect(Collectors.joining(", "))
                + (some ? more.group() : "");
    }

    /**
     * The decision in words, and for an approved change that did not stay in the plan, what became of it; a change
     * the project's termination ended says "Cancelled", or "Applied, not implemented" if its baseline update had
     * taken effect, one taken back before its decision says "Withdrawn", and a failed one whose back-out was refused
     * (so it stays in the plan) says "Failed, kept".
     */
    private static String decision(ChangeRequest change) {
        String decision = change.getDecision() == null ? null : switch (change.getDecision()) {
            case APPROVE -> "Approved";
            case REJECT -> "Rejected";
            case DEFER -> "Deferred";
        };
        String ending = switch (change.getStatus()) {
            case BACKED_OUT -> "backed out";
            case CANCELLED -> "cancelled";
            case APPLIED -> "applied, not implemented";
            case WITHDRAWN -> "withdrawn";
            default -> "FAILED".equals(change.getImplementationOutcome()) ? "failed, kept" : null;
        };
        if (ending == null || decision == null) {
            return ending == null ? decision : Character.toUpperCase(ending.charAt(0)) + ending.substring(1);
        }
        return decision + ", " + ending;
    }

    /**
     * Planned (current baseline) against booked hours, per person who booked them and skill; hours on packages a
     * change removed count. Staffing bookings end at closeout and an assignee need not have worked, so the time
     * entries say who worked: a package's planned hours go to whoever booked most of its hours, a completion total
     * beyond the entries to whoever completed it, and a package nobody booked hours on to no person. A cancelled
     * package (by a change or the termination) has rows of its own with its estimate as planned and the hours it
     * had when it was cancelled, so that stopped work does not read as work done to plan; one nobody worked on is
     * listed too, under no person, so that the cancelled work is named.
     */
    private static List<ResourceUse> resources(ProjectRecord record, List<TimeEntry> entries) {
        if (record.currentBaseline() == null) {
            return List.of();
        }
        Map<String, Map<String, BigDecimal>> bookedBy = new LinkedHashMap<>();
        entries.forEach(entry -> bookedBy.computeIfAbsent(entry.workPackage(), code -> new LinkedHashMap<>())
                .merge(entry.person(), entry.hours(), BigDecimal::add));
        Map<String, PlannedPackage> planned = record.currentBaseline().plan().packages().stream()
                .collect(Collectors.toMap(PlannedPackage::code, p -> p));
        Map<String, WorkPackage> live = record.workPackages().stream()
                .collect(Collectors.toMap(WorkPackage::code, wp -> wp));
        Set<String> codes = new LinkedHashSet<>(planned.keySet());
        live.keySet().stream().filter(code -> record.actualHoursOf(code).signum() > 0).forEach(codes::add);
        Map<List<String>, BigDecimal[]> use = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (String code : codes) {
            WorkPackage wp = live.get(code);
            boolean cancelled = wp != null && wp.state() == WorkPackageState.CANCELLED;
            BigDecimal booked = record.actualHoursOf(code);
            String skill = planned.containsKey(code) ? planned.get(code).spec().skill() : wp.skill();
            BigDecimal estimate = planned.containsKey(code) ? planned.get(code).spec().estimateHours()
                    : wp.estimateHours();
            BigDecimal plannedHours = cancelled || planned.containsKey(code) ? estimate : BigDecimal.ZERO;
            String cancelledPackage = cancelled ? code : null;
            Map<String, BigDecimal> byPerson = new LinkedHashMap<>(bookedBy.getOrDefault(code, Map.of()));
            BigDecimal beyondEntries = record.hoursBeyondTimeEntriesOf(code);
            String completedBy = wp == null ? null : wp.completedBy();
            if (beyondEntries.signum() > 0 && completedBy != null) {
                byPerson.merge(completedBy, beyondEntries, BigDecimal::add);
            }
            String mainWorker = byPerson.entrySet().stream()
                    .max(Map.Entry.<String, BigDecimal>comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            BigDecimal[] main = use.computeIfAbsent(Arrays.asList(mainWorker, skill, cancelledPackage),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            main[0] = main[0].add(plannedHours);
            byPerson.forEach((person, hours) -> {
                BigDecimal[] row = use.computeIfAbsent(Arrays.asList(person, skill, cancelledPackage),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                row[1] = row[1].add(hours);
                if (person != null && person.equals(completedBy)) {
                    row[2] = row[2].add(beyondEntries);
                }
            });
        }
        return use.entrySet().stream()
                .map(e -> new ResourceUse(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                        e.getKey().get(2) == null ? null : record.actualHoursOf(e.getKey().get(2)),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /**
     * The KPIs at the end. A terminated project's EAC is its actual cost and its VAC the budget it did not spend
     * because its work was stopped, not a saving: the names say so. Measured at closeout, they end with the resource
     * utilisation over the project's life.
     */
    private static List<Kpi> kpis(KpiFigures f, ProjectRecord record, boolean fromLastCycle, boolean terminated) {
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Measured on", f.statusDate() + (fromLastCycle ? " (last status cycle)" : " (closeout)")),
                new Kpi("Schedule performance index (SPI)", f.spi() == null ? NOT_APPLICABLE_TERMINATED
                        : f.spi().setScale(2, RoundingMode.HALF_UP).toPlainString()),
                new Kpi("Cost performance index (CPI)", f.cpi() == null ? CloseoutFormat.UNKNOWN
                        : f.cpi().setScale(2, RoundingMode.HALF_UP).toPlainString()),
                new Kpi("Earned value (EV)", FORMAT.money(f.earnedValue())),
                new Kpi("Actual cost (AC)", FORMAT.money(f.actualCost())),
                new Kpi(terminated ? "Estimate at completion (EAC): terminated, no work remains, EAC = AC"
                        : "Estimate at completion (EAC)", FORMAT.money(f.estimateAtCompletion())),
                new Kpi(terminated ? "Planned cost not spent: work stopped by the termination (BAC - EAC)"
                        : "Variance at completion (VAC)", FORMAT.money(f.varianceAtCompletion())),
                // Status reports from before the approved budget was recorded have neither figure: "n/a".
                new Kpi("Approved budget", FORMAT.money(f.approvedBudget())),
                new Kpi("Budget headroom at completion (approved budget - EAC)",
                        FORMAT.money(f.budgetHeadroomAtCompletion())),
                new Kpi(SCHEDULE_ADHERENCE, f.scheduleAdherence() == null ? NOT_APPLICABLE_TERMINATED
                        : FORMAT.percent(f.scheduleAdherence())),
                // Once every package is done, schedule adherence is 100 % however late they finished: the on-time
                // share counts the packages finished by their planned date; the closeout snapshot keeps it too.
                onTime(record).kpi(),
                new Kpi(BUDGET_ACCURACY, f.budgetAccuracy() == null ? NOT_APPLICABLE_TERMINATED
                        : FORMAT.percent(f.budgetAccuracy())),
                new Kpi("Approved changes", Integer.toString(f.approvedChanges())),
                new Kpi("Scope added since baseline v1", FORMAT.percent(f.scopeAddedShare())),
                hours(f)));
        // A status cycle's utilisation is of its week only, which says little of a whole project.
        if (!fromLastCycle) {
            kpis.add(new Kpi(UTILISATION_OVER_LIFE, f.resourceUtilisation() == null ? UTILISATION_NOT_MEASURED
                    : FORMAT.percent(f.resourceUtilisation()) + UTILISATION_MEANS));
        }
        return kpis;
    }

    /**
     * "Hours reported", as the API describes the figure and Cockpit shows it: the time entries and what completions
     * reported beyond them, which are on no day, so the split is given when there is any.
     */
    private static Kpi hours(KpiFigures f) {
        BigDecimal beyond = f.hoursBeyondTimeEntries();
        if (beyond == null || beyond.signum() == 0) {
            return new Kpi(HOURS_REPORTED, FORMAT.hours(f.actualHours()));
        }
        return new Kpi(HOURS_REPORTED, FORMAT.hours(f.actualHours()) + " ("
                + FORMAT.hoursBeyondTimeEntries(f.actualHours(), beyond) + ")");
    }

    /**
     * A package completed before its planned start counts neither way: such a completion says nothing about when
     * the work was done, and would count as on time however the work went.
     */
    private static OnTime onTime(ProjectRecord record) {
        Set<String> early = record.completedBeforePlannedStart().stream().map(WorkPackage::code)
                .collect(Collectors.toSet());
        List<WorkPackage> done = record.workPackages().stream()
                .filter(wp -> wp.state() == WorkPackageState.DONE && wp.completedAt() != null
                        && wp.plannedFinish() != null && !early.contains(wp.code()))
                .toList();
        long onTime = done.stream().filter(wp -> !ProjectRecord.completedOn(wp).isAfter(wp.plannedFinish())).count();
        return new OnTime(onTime, done.size(), early.size());
    }

    /**
     * The done packages, how many of them finished by their planned finish, and how many more were left out as
     * completed before their planned start.
     */
    private record OnTime(long onTime, long done, int leftOut) {

        /** onTimeShare in the API: null when no package was done. */
        BigDecimal share() {
            return done == 0 ? null
                    : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(done), 4, RoundingMode.HALF_UP);
        }

        Kpi kpi() {
            return new Kpi(ON_TIME_SHARE, onTime + " of " + done
                    + (done == 0 ? "" : " (" + FORMAT.percent(share()) + ")")
                    + (leftOut == 0 ? "" : "; " + leftOut + " left out, completed before "
                            + (leftOut == 1 ? "its" : "their") + " planned start"));
        }
    }
}
