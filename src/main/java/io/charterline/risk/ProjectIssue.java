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

/** Something that has happened to a project and needs resolving. */
@Entity
@Table(name = "project_issue")
public class ProjectIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long projectId;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String ownerId;

    @Enumerated(EnumType.STRING)
    private IssueStatus status;

    @Embedded
    private Settlement settlement;

    @Column(updatable = false)
    private String raisedBy;

    private Instant createdAt;
    private Instant updatedAt;

    protected ProjectIssue() {
    }

    public ProjectIssue(Long projectId, String raisedBy, Instant createdAt) {
        this.projectId = projectId;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
    }

    public void describe(String title, String description, Severity severity, String ownerId, IssueStatus status,
                         Instant now) {
        this.title = title;
        this.description = description;
        this.severity = severity;
        this.ownerId = ownerId;
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
        this.status = IssueStatus.CLOSED;
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

    public Severity getSeverity() {
        return severity;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public IssueStatus getStatus() {
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
