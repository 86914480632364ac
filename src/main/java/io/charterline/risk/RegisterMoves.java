package io.charterline.risk;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What happened in a project's register after a moment (a status cycle): risks and issues raised, and those
 * settled (a risk closed; an issue resolved or closed), each by its severity today.
 */
public record RegisterMoves(
        @Schema(description = "Risks raised since, by severity") SeverityCounts risksRaised,
        @Schema(description = "Risks closed since, by severity") SeverityCounts risksClosed,
        @Schema(description = "Issues raised since, by severity") SeverityCounts issuesRaised,
        @Schema(description = "Issues resolved or closed since, by severity") SeverityCounts issuesClosed) {

    /** Whether nothing was raised or settled. */
    public boolean none() {
        return SeverityCounts.NONE.equals(risksRaised) && SeverityCounts.NONE.equals(risksClosed)
                && SeverityCounts.NONE.equals(issuesRaised) && SeverityCounts.NONE.equals(issuesClosed);
    }
}
