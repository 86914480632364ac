package io.charterline.project;

import java.time.Instant;

/**
 * The sponsor's latest decision on a project's charter.
 *
 * @param decision  APPROVE, REWORK or REJECT
 * @param reason    the sponsor's comment; required for REWORK and REJECT, optional for APPROVE
 * @param decidedBy the sponsor who completed the review
 */
public record CharterDecision(String decision, String reason, String decidedBy, Instant decidedAt) {
}
