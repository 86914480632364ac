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

/** One board member's vote on a change request. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "change_vote")
public class ChangeVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long changeRequestId;
    private String voterId;

    @Enumerated(EnumType.STRING)
    private ChangeDecision vote;

    private String reason;
    @CreatedDate
    private Instant votedAt;

    protected ChangeVote() {
    }

    public ChangeVote(Long changeRequestId, String voterId, ChangeDecision vote, String reason) {
        this.changeRequestId = changeRequestId;
        this.voterId = voterId;
        this.vote = vote;
        this.reason = reason;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }

    public String getVoterId() {
        return voterId;
    }

    public ChangeDecision getVote() {
        return vote;
    }

    public String getReason() {
        return reason;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
