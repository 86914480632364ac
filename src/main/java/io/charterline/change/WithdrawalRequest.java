package io.charterline.change;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The body of a change request's withdrawal. */
public record WithdrawalRequest(
        @Schema(description = "Why the change is no longer wanted, at most 2,000 characters; the change log keeps it "
                + "and the approvers whose task it closes are told", requiredMode = RequiredMode.REQUIRED,
                example = "The vendor fixed the defect in their own release; nothing to change on our side")
        String reason) {
}
