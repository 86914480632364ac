package io.charterline.risk;

import java.time.Instant;

/**
 * A risk as our API shows it. A closed one says why (closingNote), by whom (closedBy, a user id, or "closeout"
 * when the project's end closed it) and when (closedAt).
 */
public record RiskView(Long id, String projectKey, String title, String description, int probability, int impact,
                       int score, Severity severity, String owner, String response, RiskStatus status,
                       String closingNote, String closedBy, Instant closedAt, String raisedBy, Instant createdAt,
                       Instant updatedAt) {

    static RiskView of(String projectKey, Risk risk) {
        return new RiskView(risk.getId(), projectKey, risk.getTitle(), risk.getDescription(), risk.getProbability(),
                risk.getImpact(), risk.getScore(), risk.getSeverity(), risk.getOwnerId(), risk.getResponse(),
                risk.getStatus(), risk.getClosingNote(), risk.getClosedBy(), risk.getClosedAt(), risk.getRaisedBy(),
                risk.getCreatedAt(), risk.getUpdatedAt());
    }
}
