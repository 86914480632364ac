package io.charterline.change;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A change request (CR-year-number) from submission to closure; the change-control process carries only its key. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "change_request")
public class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(name = "cr_key", nullable = false, unique = true, updatable = false)
    private String key;

    private Long projectId;
    private String title;
    private String description;
    private String reason;

    @Enumerated(EnumType.STRING)
    private ChangeType requestedType;

    private String requesterId;
    private BigDecimal budgetChange;
    private String scopeChange;
    private Instant windowStart;
    private Instant windowEnd;

    @ElementCollection
    @CollectionTable(name = "change_request_work_package", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    private List<ProposedWorkPackage> workPackages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "change_request_item", joinColumns = @JoinColumn(name = "change_request_id"))
    @Column(name = "ci_key")
    private Set<String> affectedItems = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private ChangeStatus status;

    private String changeClass;
    private String riskLevel;
    private String approvalRoute;
    private String classifiedBy;
    /** Why the change takes the strictest route instead of its rule's; null when it takes the rule's. */
    private String classificationNote;
    private String impactJson;
    private String impactSummary;
    private Integer analysedBaselineVersion;
    private Integer appliedBaselineVersion;

    @Enumerated(EnumType.STRING)
    private ChangeDecision decision;

    private String decidedBy;
    private String decisionReason;
    private Instant scheduledStart;
    private Instant scheduledEnd;
    private String overrideReason;
    private String implementationOutcome;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant updatedAt;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    public ChangeRequest(String key, Long projectId, ChangeProposal proposal) {
        this.key = key;
        this.projectId = projectId;
        this.title = proposal.title().strip();
        this.description = proposal.description().strip();
        this.reason = proposal.reason().strip();
        this.requestedType = proposal.requestedType();
        this.requesterId = proposal.requester();
        this.budgetChange = proposal.budgetChange();
        this.scopeChange = proposal.changesScope() ? proposal.scopeChange().strip() : null;
        this.windowStart = proposal.windowStart();
        this.windowEnd = proposal.windowEnd();
        proposal.workPackageChangesOrEmpty().forEach(change -> workPackages.add(ProposedWorkPackage.of(change)));
        this.affectedItems.addAll(proposal.affectedItemsOrEmpty());
        this.status = ChangeStatus.SUBMITTED;
    }

    public ChangeProposal proposal() {
        return new ChangeProposal(title, description, reason, requestedType, requesterId,
                workPackages.stream().map(ProposedWorkPackage::toChange).toList(), budgetChange, scopeChange,
                affectedItems.stream().sorted().toList(), windowStart, windowEnd);
    }

    void recordAnalysis(String impactJson, String impactSummary, int baselineVersion) {
        this.impactJson = impactJson;
        this.impactSummary = impactSummary;
        this.analysedBaselineVersion = baselineVersion;
        moveTo(ChangeStatus.ANALYSED);
    }

    /** A fresh analysis on a newer baseline, just before the change is applied; the status stays. */
    void reanalysed(String impactJson, String impactSummary, int baselineVersion) {
        this.impactJson = impactJson;
        this.impactSummary = impactSummary;
        this.analysedBaselineVersion = baselineVersion;
    }

    void classify(String changeClass, String riskLevel, String approvalRoute, String classifiedBy,
                  String classificationNote) {
        this.changeClass = changeClass;
        this.riskLevel = riskLevel;
        this.approvalRoute = approvalRoute;
        this.classifiedBy = classifiedBy;
        this.classificationNote = classificationNote;
    }

    /** The emergency board judged the change not urgent: it is classified again as a normal change. */
    void rerouteAsNormal() {
        this.requestedType = ChangeType.NORMAL;
        this.changeClass = null;
        this.riskLevel = null;
        this.approvalRoute = null;
        this.classifiedBy = null;
        this.classificationNote = null;
    }

    void decide(ChangeDecision decision, String decidedBy, String reason) {
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decisionReason = reason;
        moveTo(switch (decision) {
            case APPROVE -> ChangeStatus.APPROVED;
            case REJECT -> ChangeStatus.REJECTED;
            case DEFER -> ChangeStatus.DEFERRED;
        });
    }

    void schedule(ImplementationWindow window, String overrideReason) {
        this.scheduledStart = window.start();
        this.scheduledEnd = window.end();
        this.overrideReason = overrideReason;
        moveTo(ChangeStatus.SCHEDULED);
    }

    void baselineApplied(int version) {
        this.appliedBaselineVersion = version;
    }

    void implemented() {
        moveTo(ChangeStatus.IMPLEMENTED);
    }

    void close() {
        this.implementationOutcome = "SUCCESS";
        moveTo(ChangeStatus.CLOSED);
    }

    void backOut() {
        this.implementationOutcome = "FAILED";
        moveTo(ChangeStatus.BACKED_OUT);
    }

    /** The project was terminated: a change its baseline already holds stays APPLIED, any other is CANCELLED. */
    void cancel() {
        moveTo(appliedBaselineVersion == null ? ChangeStatus.CANCELLED : ChangeStatus.APPLIED);
    }

    void withdraw() {
        moveTo(ChangeStatus.WITHDRAWN);
    }

    /** The implementation failed, but its back-out would leave no valid plan: the change stays in effect. */
    void backOutRefused() {
        this.implementationOutcome = "FAILED";
    }

    /**
     * Approved, applied to the baseline and not backed out: a change the plan now carries. The one count of
     * approved changes the KPIs, the execution summary, the lessons and the closeout report share.
     */
    public boolean inEffect() {
        return appliedBaselineVersion != null && status != ChangeStatus.BACKED_OUT;
    }

    void moveTo(ChangeStatus next) {
        this.status = next;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public ChangeType getRequestedType() {
        return requestedType;
    }

    public String getRequesterId() {
        return requesterId;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public String getChangeClass() {
        return changeClass;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public String getApprovalRoute() {
        return approvalRoute;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public String getClassificationNote() {
        return classificationNote;
    }

    public String getImpactJson() {
        return impactJson;
    }

    public String getImpactSummary() {
        return impactSummary;
    }

    public Integer getAnalysedBaselineVersion() {
        return analysedBaselineVersion;
    }

    public Integer getAppliedBaselineVersion() {
        return appliedBaselineVersion;
    }

    public ChangeDecision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getScheduledStart() {
        return scheduledStart;
    }

    public Instant getScheduledEnd() {
        return scheduledEnd;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getImplementationOutcome() {
        return implementationOutcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
