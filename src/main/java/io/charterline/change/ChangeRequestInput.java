package io.charterline.change;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body of {@code POST /api/projects/{key}/change-requests} and of the impact preview. The requester is
 * not part of it: it is always the authenticated user.
 */
public record ChangeRequestInput(
        @Schema(description = "3 to 200 characters", requiredMode = RequiredMode.REQUIRED)
        String title,
        @Schema(description = "What changes, at most 4,000 characters", requiredMode = RequiredMode.REQUIRED)
        String description,
        @Schema(description = "Why, at most 4,000 characters", requiredMode = RequiredMode.REQUIRED)
        String reason,
        @Schema(description = "STANDARD, NORMAL or EMERGENCY", requiredMode = RequiredMode.REQUIRED)
        ChangeType requestedType,
        @Schema(description = "Work packages to add, change or remove; at least one of these, budgetChange, "
                + "scopeChange or affectedItems")
        List<WorkPackageChange> workPackageChanges,
        @Schema(description = "Dollars to add (negative: to release), at most two decimals")
        BigDecimal budgetChange,
        @Schema(description = "The change of scope in words, at most 4,000 characters")
        String scopeChange,
        @Schema(description = "Keys of the catalog's services the change touches")
        List<String> affectedItems,
        @Schema(description = "When the change may be carried out, ISO-8601, e.g. 2027-03-06T22:00:00Z; kept as"
                + " given: the API rounds no time, unlike Tasklist's form, which offers quarter hours",
                requiredMode = RequiredMode.REQUIRED)
        Instant windowStart,
        @Schema(description = "End of that window, after its start and at most 2 years from now; kept as given, like"
                + " the start",
                requiredMode = RequiredMode.REQUIRED)
        Instant windowEnd) {

    public ChangeProposal toProposal(String requester) {
        return new ChangeProposal(title, description, reason, requestedType, requester, workPackageChanges,
                budgetChange, scopeChange, affectedItems, windowStart, windowEnd);
    }
}
