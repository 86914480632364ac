package io.charterline.change;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body of {@code POST /api/projects/{key}/change-requests} and of the impact preview. The requester is
 * not part of it: it is always the authenticated user.
 */
public record ChangeRequestInput(
        String title,
        String description,
        String reason,
        ChangeType requestedType,
        List<WorkPackageChange> workPackageChanges,
        BigDecimal budgetChange,
        String scopeChange,
        List<String> affectedItems,
        Instant windowStart,
        Instant windowEnd) {

    public ChangeProposal toProposal(String requester) {
        return new ChangeProposal(title, description, reason, requestedType, requester, workPackageChanges,
                budgetChange, scopeChange, affectedItems, windowStart, windowEnd);
    }
}
