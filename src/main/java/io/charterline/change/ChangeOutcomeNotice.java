package io.charterline.change;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.text.Money;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Tells the requester that their change was approved (once its window is settled, so the notice names it), rejected
 * or deferred (besides their "Acknowledge decision" task, so that every outcome is in the notifications they read),
 * that it was closed after its review, and that it ended because its project was terminated; and tells the project's
 * sponsor and manager when an approved change moved their baseline or approved budget. People are named as the forms
 * name them. Recorded as notifications, sent after the fact: a webhook that is down costs the notice, never the
 * decision.
 */
@Component
class ChangeOutcomeNotice {

    static final String APPROVED = "CHANGE_APPROVED";
    static final String CLOSED = "CHANGE_CLOSED";
    static final String CANCELLED = "CHANGE_CANCELLED";
    static final String REJECTED = "CHANGE_REJECTED";
    static final String DEFERRED = "CHANGE_DEFERRED";
    static final String BASELINE_CHANGED = "CHANGE_BASELINE_UPDATED";

    private final ChangeNoticeSender sender;
    private final PersonNames names;

    ChangeOutcomeNotice(ChangeNoticeSender sender, PersonNames names) {
        this.sender = sender;
        this.names = names;
    }

    /** "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 was approved by Sofia Sponsor; implementation window ...". */
    void approved(ChangeRequest changeRequest, Project project, ImplementationWindow window) {
        tellRequester(changeRequest, project, APPROVED, "APPROVED",
                "was approved " + approver(changeRequest.getDecidedBy()) + "; implementation window " + window);
    }

    /**
     * "... was approved by the change control board's vote; implementation window 2027-01-10 00:00 to ...; Paul
     * Office moved it from the requested window 2026-12-16 22:00 to ... to the next free one, as the requested one
     * is during a freeze of all services: year-end freeze; outside CRM's maintenance windows: ...".
     *
     * @param conflicts what the requested window conflicts with
     */
    void approvedInMovedWindow(ChangeRequest changeRequest, Project project, ImplementationWindow window,
                               ImplementationWindow requested, String movedBy,
                               List<ImpactAnalysis.WindowConflict> conflicts) {
        String moved = (movedBy == null ? "the PMO" : names.of(movedBy)) + " moved it from the requested window "
                + requested + " to the next free one" + (conflicts.isEmpty() ? ""
                : ", as the requested one is " + conflicts.stream().map(ImpactAnalysis.WindowConflict::inWords)
                        .collect(Collectors.joining("; ")));
        tellRequester(changeRequest, project, APPROVED, "APPROVED", "was approved "
                + approver(changeRequest.getDecidedBy()) + "; implementation window " + window + "; " + moved);
    }

    /**
     * "... was approved by the change control board's vote; implementation window ...; Paul Office kept this window
     * although it lies in a change freeze (during a freeze of all services: year-end freeze): reason".
     *
     * @param freezes the freezes the kept window lies in; empty when it conflicts with something else only
     */
    void approvedInKeptWindow(ChangeRequest changeRequest, Project project, ImplementationWindow window,
                              String keptBy, String reason, List<ImpactAnalysis.WindowConflict> freezes) {
        String kept = (keptBy == null ? "the PMO" : names.of(keptBy)) + " kept this window " + (freezes.isEmpty()
                ? "despite its conflicts"
                : "although it lies in a change freeze (" + freezes.stream().map(ImpactAnalysis.WindowConflict::inWords)
                        .collect(Collectors.joining("; ")) + ")");
        tellRequester(changeRequest, project, APPROVED, "APPROVED", "was approved "
                + approver(changeRequest.getDecidedBy()) + "; implementation window " + window + "; " + kept + ": "
                + reason);
    }

    /**
     * "CR-2026-0003 (Upgrade CRM) on PRJ-2026-0008 was rejected. Reason: Board vote: ...; Carla Board rejected: ...".
     *
     * @param outcome how the requester's task says it ("rejected", "deferred", ...)
     * @param reason  the decision's reason, with who gave it
     */
    void decided(ChangeRequest changeRequest, Project project, String outcome, String reason) {
        boolean deferred = changeRequest.getDecision() == ChangeDecision.DEFER;
        tellRequester(changeRequest, project, deferred ? DEFERRED : REJECTED, deferred ? "DEFERRED" : "REJECTED",
                "was " + outcome + ". Reason: " + reason);
    }

    /**
     * To the project's sponsor and manager: "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008, approved by Priya Manager,
     * changed the baseline: v2 recorded, finish 2026-12-01 -> 2026-12-08, budget at completion +$1,600.00; approved
     * budget $36,500.00 -> $37,000.00".
     *
     * @param baseline    the new version's move; null when no new version was recorded
     * @param budgetFrom  the approved budget before the change; equal to {@code budgetTo} when it did not move
     * @param boardVoters the members who voted for the change, when the board approved it
     */
    void baselineChanged(ChangeRequest changeRequest, Project project, BaselineMove baseline, BigDecimal budgetFrom,
                         BigDecimal budgetTo, List<String> boardVoters) {
        boolean budgetMoved = budgetFrom != null && budgetTo != null && budgetFrom.compareTo(budgetTo) != 0;
        if (baseline == null && !budgetMoved) {
            return;
        }
        String moves = Stream.of(baseline == null ? null : baseline.inWords(),
                        budgetMoved ? "approved budget " + Money.of(budgetFrom) + " -> " + Money.of(budgetTo) : null)
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        String approvedBy = CharterlineGroups.CCB.equals(changeRequest.getDecidedBy()) && !boardVoters.isEmpty()
                ? "by the change control board's vote (" + boardVoters.stream().map(names::of)
                        .collect(Collectors.joining(", ")) + ")"
                : approver(changeRequest.getDecidedBy());
        List<String> recipients = Stream.of(project.getSponsorId(), project.getManagerId())
                .filter(Objects::nonNull).distinct().toList();
        tell(changeRequest, project, BASELINE_CHANGED, "APPLIED", "was approved " + approvedBy
                + " and changed the plan: " + moves, recipients);
    }

    /** A new baseline version and how it moved the finish and the budget at completion. */
    record BaselineMove(int fromVersion, int toVersion, LocalDate finishFrom, LocalDate finishTo,
                        BigDecimal budgetAtCompletionFrom, BigDecimal budgetAtCompletionTo) {

        String inWords() {
            String finish = finishFrom == null || finishTo == null || finishFrom.equals(finishTo)
                    ? "finish unchanged" + (finishTo == null ? "" : " (" + finishTo + ")")
                    : "finish " + finishFrom + " -> " + finishTo;
            String cost = budgetAtCompletionFrom == null || budgetAtCompletionTo == null ? ""
                    : ", budget at completion " + Money.signed(budgetAtCompletionTo.subtract(budgetAtCompletionFrom))
                            + " (" + Money.of(budgetAtCompletionTo) + ")";
            return "baseline v" + toVersion + " recorded on v" + fromVersion + ", " + finish + cost;
        }
    }

    /**
     * "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 is closed: Paul Office reviewed its implementation as
     * successful".
     */
    void closed(ChangeRequest changeRequest, Project project, String reviewedBy) {
        tellRequester(changeRequest, project, CLOSED, "CLOSED", "is closed: " + (reviewedBy == null ? "the review"
                : names.of(reviewedBy) + " reviewed") + " its implementation as successful");
    }

    /**
     * "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 was cancelled: the project was terminated by Sofia Sponsor
     * (reason)"; a change already in the baseline is not implemented, but stays in the plan.
     *
     * @param terminatedBy null when the process does not know who terminated the project
     */
    void cancelled(ChangeRequest changeRequest, Project project, String terminatedBy, String reason) {
        String terminated = "the project was terminated" + (terminatedBy == null ? "" : " by " + names.of(terminatedBy))
                + " (" + reason + ")";
        tellRequester(changeRequest, project, CANCELLED, changeRequest.getStatus().name(),
                changeRequest.getAppliedBaselineVersion() == null ? "was cancelled: " + terminated
                        : "will not be implemented: " + terminated + "; the plan keeps its baseline change (v"
                                + changeRequest.getAppliedBaselineVersion() + ")");
    }

    private String approver(String decidedBy) {
        if (decidedBy == null) {
            return "as a pre-approved standard change";
        }
        return CharterlineGroups.CCB.equals(decidedBy) ? "by the change control board's vote"
                : "by " + names.of(decidedBy);
    }

    private void tellRequester(ChangeRequest changeRequest, Project project, String event, String outcome,
                               String what) {
        tell(changeRequest, project, event, outcome, what, List.of(changeRequest.getRequesterId()));
    }

    private void tell(ChangeRequest changeRequest, Project project, String event, String outcome, String what,
                      List<String> recipients) {
        sender.send(changeRequest, project, event, outcome, what, recipients);
    }
}
