package io.charterline.change;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One proposed change to a work package. For {@code ADD} every field but the predecessors is required; for
 * {@code MODIFY} the given fields are the package's new values (null = unchanged, and an empty predecessors list
 * = no predecessors any more); for {@code REMOVE} only the code counts, with estimate and skill as the requester's
 * statement of what is given up.
 */
@Schema(description = "One proposed change to a work package: ADD a new one, MODIFY one (the fields given are its new "
        + "values) or REMOVE one")
public record WorkPackageChange(
        @Schema(description = "ADD, MODIFY or REMOVE", requiredMode = RequiredMode.REQUIRED)
        WorkPackageAction action,
        @Schema(description = "The package's code, 1 to 32 letters, digits, '.', '_' or '-'; once per change request",
                requiredMode = RequiredMode.REQUIRED)
        String code,
        @Schema(description = "1 to 200 characters; required for ADD")
        String name,
        @Schema(description = "More than 0 and at most 10,000 hours, at most 2 decimals; required for ADD, for REMOVE "
                + "the estimate given up")
        BigDecimal estimateHours,
        @Schema(description = "A skill of the catalogue; required for ADD")
        String skill,
        @Schema(description = "1 (novice) to 5 (expert); required for ADD", minimum = "1", maximum = "5")
        Integer skillLevel,
        @Schema(description = "Codes of the packages that must finish first; for MODIFY an empty list removes them "
                + "all, none given keeps them")
        List<String> predecessors) {

    public List<String> predecessorsOrEmpty() {
        return predecessors == null ? List.of() : predecessors;
    }

    /** Whether the change sets the predecessors, possibly to none; JSON binds an absent field to null, [] to []. */
    public boolean givesPredecessors() {
        return predecessors != null;
    }
}
