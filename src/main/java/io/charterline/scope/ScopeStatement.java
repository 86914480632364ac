package io.charterline.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "scope_statement")
public class ScopeStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private String inScope;
    private String outOfScope;
    private String deliverables;
    private String acceptanceCriteria;
    private String assumptions;

    @Column(name = "constraints_text")
    private String constraints;

    private String initialRisks;
    private String recordedBy;
    @CreatedDate
    private Instant recordedAt;

    protected ScopeStatement() {
    }

    public ScopeStatement(Long projectId) {
        this.projectId = projectId;
    }

    void record(ScopeInput input, String recordedBy) {
        this.inScope = input.inScope();
        this.outOfScope = input.outOfScope();
        this.deliverables = input.deliverables();
        this.acceptanceCriteria = input.acceptanceCriteria();
        this.assumptions = input.assumptions();
        this.constraints = input.constraints();
        this.initialRisks = input.initialRisks();
        this.recordedBy = recordedBy;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getInScope() {
        return inScope;
    }

    public String getOutOfScope() {
        return outOfScope;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public String getAcceptanceCriteria() {
        return acceptanceCriteria;
    }

    public String getAssumptions() {
        return assumptions;
    }

    public String getConstraints() {
        return constraints;
    }

    public String getInitialRisks() {
        return initialRisks;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
