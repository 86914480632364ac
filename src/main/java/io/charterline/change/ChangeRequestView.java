package io.charterline.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A change request as our API shows it, with its impact and the board's votes. */
public record ChangeRequestView(
        String id,
        String projectKey,
        String title,
        String description,
        String reason,
        ChangeType requestedType,
        String requester,
        List<WorkPackageChange> workPackageChanges,
        BigDecimal budgetChange,
        String scopeChange,
        List<String> affectedItems,
        Instant windowStart,
        Instant windowEnd,
        ChangeStatus status,
        String changeClass,
        String riskLevel,
        String approvalRoute,
        @Schema(description = "Why the change takes the strictest route, sponsor and board, instead of the one its "
                + "classification rule gave: a class, risk or route the process does not know, or none; "
                + "null when it takes the rule's route")
        String classificationNote,
        ImpactAnalysis impact,
        String impactSummary,
        Integer analysedBaselineVersion,
        Integer appliedBaselineVersion,
        ChangeDecision decision,
        String decidedBy,
        String decisionReason,
        List<Vote> votes,
        Instant scheduledStart,
        Instant scheduledEnd,
        String overrideReason,
        String implementationOutcome,
        Instant createdAt,
        Instant updatedAt) {

    public record Vote(String voter, ChangeDecision vote, String reason, Instant votedAt) {
    }
}
