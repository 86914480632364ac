package io.charterline.risk;

import java.time.Instant;

/** A risk as our API shows it. */
public record RiskView(Long id, String projectKey, String title, String description, int probability, int impact,
                       int score, Severity severity, String owner, String response, RiskStatus status,
                       String closingNote, String raisedBy, Instant createdAt, Instant updatedAt) {

    static RiskView of(String projectKey, Risk risk) {
        return new RiskView(risk.getId(), projectKey, risk.getTitle(), risk.getDescription(), risk.getProbability(),
                risk.getImpact(), risk.getScore(), risk.getSeverity(), risk.getOwnerId(), risk.getResponse(),
                risk.getStatus(), risk.getClosingNote(), risk.getRaisedBy(), risk.getCreatedAt(), risk.getUpdatedAt());
    }
}
