package io.charterline.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;

/** One notification that a process step sent (or recorded, when no channel is configured). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;

    @Column(name = "project_key", nullable = false)
    private String projectKey;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String recipients;

    @Column(nullable = false)
    private String subject;

    /** Where it went; null when no webhook is configured and the notification is only recorded. */
    @Column(name = "delivered_to")
    private String deliveredTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(NotificationMessage message, String deliveredTo, Instant createdAt) {
        this.idempotencyKey = message.idempotencyKey();
        this.projectKey = message.projectKey();
        this.event = message.event();
        this.recipients = String.join(",", message.recipientIds());
        this.subject = message.subject();
        this.deliveredTo = deliveredTo;
        this.createdAt = createdAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getEvent() {
        return event;
    }

    public String getRecipients() {
        return recipients;
    }

    /** Whether the user is one of its recipients. */
    boolean isSentTo(String userId) {
        return Arrays.asList(recipients.split(",")).contains(userId);
    }

    public String getSubject() {
        return subject;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
