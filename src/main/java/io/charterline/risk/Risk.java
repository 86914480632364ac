package io.charterline.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that may happen to a project; its severity follows from probability × impact. */
@Entity
@Table(name = "risk")
public class Risk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long projectId;

    private String title;
    private String description;
    private int probability;
    private int impact;
    private int score;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String ownerId;
    private String response;

    @Enumerated(EnumType.STRING)
    private RiskStatus status;

    @Embedded
    private Settlement settlement;

    @Column(updatable = false)
    private String raisedBy;

    private Instant createdAt;
    private Instant updatedAt;

    protected Risk() {
    }

    public Risk(Long projectId, String raisedBy, Instant createdAt) {
        this.projectId = projectId;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
    }

    public void describe(String title, String description, int probability, int impact, String ownerId,
                         String response, RiskStatus status, Instant now) {
        this.title = title;
        this.description = description;
        this.probability = probability;
        this.impact = impact;
        this.score = probability * impact;
        this.severity = Severity.ofRiskScore(score);
        this.ownerId = ownerId;
        this.response = response;
        this.status = status;
        this.updatedAt = now;
    }

    /**
     * Records why, by whom and when the entry was settled, the first time its status settles it; a later change
     * that keeps it settled keeps who and when and may restate why. Reopening it clears all three.
     */
    public void settle(String note, String userId, Instant now) {
        this.settlement = Settlement.after(settlement, status.settles(), note, userId, now);
    }

    /** Closes an entry nobody settled because its project ended; the note says so and how it stood. */
    public void closeWithProject(String note, Instant now) {
        this.status = RiskStatus.CLOSED;
        this.settlement = Settlement.atCloseout(note, now);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getProbability() {
        return probability;
    }

    public int getImpact() {
        return impact;
    }

    public int getScore() {
        return score;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getResponse() {
        return response;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public String getClosingNote() {
        return settlement == null ? null : settlement.closingNote();
    }

    public String getClosedBy() {
        return settlement == null ? null : settlement.closedBy();
    }

    public Instant getClosedAt() {
        return settlement == null ? null : settlement.closedAt();
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
