package io.charterline.change;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One step in the story of a project's changes. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "change_log")
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private String changeRequestKey;
    @CreatedDate
    private Instant loggedAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private ChangeEvent event;

    private String detail;

    protected ChangeLogEntry() {
    }

    ChangeLogEntry(Long projectId, String changeRequestKey, String actor, ChangeEvent event, String detail) {
        this.projectId = projectId;
        this.changeRequestKey = changeRequestKey;
        this.actor = actor;
        this.event = event;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getChangeRequestKey() {
        return changeRequestKey;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public String getActor() {
        return actor;
    }

    public ChangeEvent getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }
}
