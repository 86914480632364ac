package io.charterline.change;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.text.Money;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change that waits before its baseline update while another change of its project moves the plan under it (a
 * new baseline version, a new approved budget): its approvers would decide on figures of a plan that is gone. It is
 * analysed again on the moved plan, the stored impact and the change log say so, and the note for the forms says
 * when, after which changes, which figures it changed, old → new, and which overloads and services came and went.
 * A change the moved plan no longer admits is not re-analysed but named as such, so that its approvers can reject
 * it; its baseline update still ends it as not applicable. A change that today's figures would classify differently
 * keeps its route: re-routing it under the approvers' hands would be silent, the note says it.
 */
@Service
public class MovedPlanReanalysis {

    /** Analysed and not yet written into the baseline: SCHEDULED stays after the update, which the version tells. */
    static final Set<ChangeStatus> BEFORE_BASELINE_UPDATE = EnumSet.of(ChangeStatus.ANALYSED, ChangeStatus.APPROVED,
            ChangeStatus.SCHEDULED);

    private final ChangeRequestRepository changeRequests;
    private final ProjectRepository projects;
    private final ProjectRegistry registry;
    private final BaselineService baselines;
    private final ImpactAnalyzer impactAnalyzer;
    private final StoredImpacts impacts;
    private final ChangeLog changeLog;
    private final ChangeClassifier classifier;
    private final PersonNames names;
    private final Clock clock;

    public MovedPlanReanalysis(ChangeRequestRepository changeRequests, ProjectRepository projects,
                               ProjectRegistry registry, BaselineService baselines, ImpactAnalyzer impactAnalyzer,
                               StoredImpacts impacts, ChangeLog changeLog, ChangeClassifier classifier,
                               PersonNames names, Clock clock) {
        this.changeRequests = changeRequests;
        this.projects = projects;
        this.registry = registry;
        this.baselines = baselines;
        this.impactAnalyzer = impactAnalyzer;
        this.impacts = impacts;
        this.changeLog = changeLog;
        this.classifier = classifier;
        this.names = names;
        this.clock = clock;
    }

    /**
     * @param note   what the forms say above the impact: re-analysed when and why, and what today's figures would
     *               classify the change as when that differs; or that the change no longer applies to the moved plan
     * @param impact the analysis on the moved plan; null when the change no longer applies to it
     */
    public record Reanalysis(String note, ImpactAnalysis impact, ChangeProposal proposal) {
    }

    /**
     * The other changes of the project of {@code movedBy} that wait before their baseline update on an older plan.
     * Locks the project's row until the caller's transaction ends, as baseline updates and re-analyses do: the caller
     * tells these changes before a later move or a re-analysis of one of them can begin.
     */
    @Transactional
    public List<String> analysedOnAnOlderPlan(String movedBy) {
        ChangeRequest mover = require(movedBy);
        Project project = registry.lock(projects.findById(mover.getProjectId()).orElseThrow().getKey());
        Optional<Baseline> current = baselines.currentBaseline(project.getKey());
        return changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()).stream()
                .filter(waiting -> !waiting.getKey().equals(movedBy) && beforeBaselineUpdate(waiting))
                .filter(waiting -> !moved(waiting, project, current).isEmpty())
                .map(ChangeRequest::getKey)
                .toList();
    }

    /**
     * Analyses the change again on the plan as it is now, if it still waits before its baseline update and the plan
     * moved since its last analysis; empty otherwise (it went on, or a re-analysis after a later move came first).
     * Locks the project's row first, so that a baseline update committing meanwhile either comes before this analysis
     * or tells the change again after it.
     */
    @Transactional
    public Optional<Reanalysis> reanalyse(String changeRequestId, String movedBy) {
        ChangeRequest changeRequest = require(changeRequestId);
        Project project = registry.lock(projects.findById(changeRequest.getProjectId()).orElseThrow().getKey());
        if (!beforeBaselineUpdate(changeRequest)) {
            return Optional.empty();
        }
        List<String> moved = moved(changeRequest, project, baselines.currentBaseline(project.getKey()));
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        Set<String> movers = new LinkedHashSet<>(changeLog.plansMovedSinceAnalysisOf(changeRequest));
        movers.add(movedBy);
        String reanalysed = "Re-analysed on " + LocalDate.now(clock) + " after " + String.join(" and ", movers)
                + " moved " + String.join(" and ", moved);
        ChangeProposal proposal = changeRequest.proposal();
        // Asked before the analysis, which would fail on the same proposal inside its own transactional call.
        List<InvalidField> errors = impactAnalyzer.applicationErrors(project.getKey(), proposal);
        if (!errors.isEmpty()) {
            String note = reanalysed + ": the change no longer applies to the moved plan: "
                    + new InvalidInputException(errors).getMessage() + ". The impact below is the one analysed on v"
                    + changeRequest.getAnalysedBaselineVersion() + "; reject the change, else its baseline update"
                    + " ends it as not applicable.";
            changeLog.record(changeRequestId, null, ChangeEvent.REANALYSED, note);
            return Optional.of(new Reanalysis(note, null, proposal));
        }
        ImpactAnalysis before = impacts.of(changeRequest);
        ImpactAnalysis impact = impactAnalyzer.analyse(project.getKey(), changeRequestId, proposal);
        changeRequest.reanalysed(impacts.write(impact), impact.summary(), impact.baselineVersion());
        String note = reanalysed + "." + changed(before, impact)
                + classifiedToday(changeRequest, classifier.classify(proposal, impact));
        changeLog.record(changeRequestId, null, ChangeEvent.REANALYSED, note + " " + impact.summary());
        return Optional.of(new Reanalysis(note, impact, proposal));
    }

    private static boolean beforeBaselineUpdate(ChangeRequest changeRequest) {
        return BEFORE_BASELINE_UPDATE.contains(changeRequest.getStatus())
                && changeRequest.getAppliedBaselineVersion() == null;
    }

    /**
     * What of the plan moved since the change's last analysis ("the baseline to v3", "the approved budget to
     * $37,000.00"); empty when it is still the plan the change was analysed on. Who moved it the change log tells:
     * several changes may have moved it while a re-analysis waited, a budget-only one among them.
     */
    private List<String> moved(ChangeRequest changeRequest, Project project, Optional<Baseline> current) {
        ImpactAnalysis analysed = impacts.of(changeRequest);
        int version = current.map(Baseline::version).orElse(0);
        BigDecimal budget = project.getApprovedBudget();
        List<String> moved = new ArrayList<>();
        if (!Objects.equals(changeRequest.getAnalysedBaselineVersion(), version)) {
            moved.add("the baseline to v" + version);
        }
        BigDecimal analysedBudget = analysed == null ? null : analysed.approvedBudget();
        if (analysedBudget == null || analysedBudget.compareTo(budget) != 0) {
            moved.add("the approved budget to " + Money.of(budget));
        }
        return moved;
    }

    /**
     * The figures the approvers read before that the moved plan changed, old → new, so that they need not compare the
     * impact with the one in the change log; empty when none did or the change was not analysed before. The impact
     * stored before this analysis is the one their forms showed, however many moves came since.
     */
    private String changed(ImpactAnalysis before, ImpactAnalysis impact) {
        List<String> changed = before == null ? List.of() : impact.changedSince(before, names::of);
        if (changed.isEmpty()) {
            return "";
        }
        String figures = String.join("; ", changed);
        return " " + Character.toUpperCase(figures.charAt(0)) + figures.substring(1) + ".";
    }

    /**
     * What today's figures would classify the change as, when that is not what it was classified as; empty when it
     * is. A change still waiting for the PMO's classification by hand is told when a rule fits it now; one the PMO
     * classified by hand, when a rule fits it now, as no rule did before.
     */
    private static String classifiedToday(ChangeRequest changeRequest, ChangeClassifier.Classification today) {
        String route = changeRequest.getApprovalRoute();
        boolean noRule = ChangeControlVariables.ROUTE_MANUAL.equals(today.route());
        if (route == null) {
            return noRule ? "" : " A rule of the change classification fits today's figures: " + today.inWords()
                    + (today.reason() == null ? "" : " (" + today.reason() + ")") + ".";
        }
        boolean same = route.equals(today.route()) && Objects.equals(changeRequest.getChangeClass(),
                today.changeClass()) && Objects.equals(changeRequest.getRiskLevel(), today.riskLevel());
        if (same || noRule && changeRequest.getClassifiedBy() != null) {
            return "";
        }
        return " Today's figures would classify it as " + today.inWords()
                + (today.reason() == null ? "" : " (" + today.reason() + ")") + ", not as class "
                + changeRequest.getChangeClass() + ", risk " + changeRequest.getRiskLevel() + ", route "
                + ApprovalRoutes.inWords(route) + ". It keeps its route: decide on it as the figures now stand, or"
                + " reject or defer it so that it is requested and classified again.";
    }

    private ChangeRequest require(String changeRequestId) {
        return changeRequests.findByKey(changeRequestId)
                .orElseThrow(() -> new IllegalStateException("No change request " + changeRequestId));
    }
}
