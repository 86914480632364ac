package io.charterline.change;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a change request proposes, as the impact analysis and the classification see it. Built from the JSON body
 * of the API (with the authenticated user as requester) or from the variables of the change-request form; checked
 * by {@link ChangeProposalValidator} before anything is stored.
 */
public record ChangeProposal(
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
        Instant windowEnd) {

    public List<WorkPackageChange> workPackageChangesOrEmpty() {
        return workPackageChanges == null ? List.of() : workPackageChanges;
    }

    public List<String> affectedItemsOrEmpty() {
        return affectedItems == null ? List.of() : affectedItems;
    }

    /** Whether the baseline's packages change; scope, budget and IT services live outside the baseline. */
    public boolean changesPlan() {
        return !workPackageChangesOrEmpty().isEmpty();
    }

    /** Whether any of its work-package changes is of this kind. */
    public boolean proposes(WorkPackageAction action) {
        return workPackageChangesOrEmpty().stream().anyMatch(change -> change.action() == action);
    }

    public boolean changesScope() {
        return scopeChange != null && !scopeChange.isBlank();
    }

    public boolean changesBudget() {
        return budgetChange != null && budgetChange.signum() != 0;
    }

    /** Whether it changes the scope with no work package and no budget: nothing estimates the new scope. */
    public boolean changesScopeWithoutEstimate() {
        return changesScope() && !changesPlan() && !changesBudget();
    }
}
