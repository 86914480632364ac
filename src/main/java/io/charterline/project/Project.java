package io.charterline.project;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(name = "project_key", nullable = false, unique = true, updatable = false)
    private String key;

    private String name;
    private String objectives;
    private String businessCase;
    private String sponsorId;
    private String managerId;
    private BigDecimal budget;
    // Kept apart from the charter's budget so that both the charter and every approved change stay readable.
    private BigDecimal budgetChanges = BigDecimal.ZERO;
    private LocalDate targetStart;
    private LocalDate targetEnd;
    private boolean strategic;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private Integer governanceTier;
    private String statusCadence;
    private String processInstanceId;
    private String createdBy;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "project_service", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "ci_key")
    private Set<String> relatedServices = new LinkedHashSet<>();

    @Version
    private long version;

    protected Project() {
    }

    public Project(String key, String createdBy) {
        this.key = key;
        this.createdBy = createdBy;
        this.status = ProjectStatus.CHARTERING;
    }

    public void moveTo(ProjectStatus next) {
        this.status = next;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getBusinessCase() {
        return businessCase;
    }

    public void setBusinessCase(String businessCase) {
        this.businessCase = businessCase;
    }

    public String getSponsorId() {
        return sponsorId;
    }

    public void setSponsorId(String sponsorId) {
        this.sponsorId = sponsorId;
    }

    public String getManagerId() {
        return managerId;
    }

    public void setManagerId(String managerId) {
        this.managerId = managerId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    /** What approved change requests added to the charter's budget (negative: took from it). */
    public BigDecimal getBudgetChanges() {
        return budgetChanges;
    }

    /** Whether the sponsor approved the charter: no longer being chartered, and not rejected. */
    public boolean isCharterApproved() {
        return status != ProjectStatus.CHARTERING && status != ProjectStatus.REJECTED;
    }

    /** The budget the project may spend: the charter's budget plus every approved budget change. */
    public BigDecimal getApprovedBudget() {
        return budget.add(budgetChanges);
    }

    /** An approved change request adds {@code amount} to the approved budget; a back-out adds its negation. */
    public void changeBudget(BigDecimal amount) {
        this.budgetChanges = budgetChanges.add(amount);
    }

    public LocalDate getTargetStart() {
        return targetStart;
    }

    public void setTargetStart(LocalDate targetStart) {
        this.targetStart = targetStart;
    }

    public LocalDate getTargetEnd() {
        return targetEnd;
    }

    public void setTargetEnd(LocalDate targetEnd) {
        this.targetEnd = targetEnd;
    }

    public boolean isStrategic() {
        return strategic;
    }

    public void setStrategic(boolean strategic) {
        this.strategic = strategic;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Integer getGovernanceTier() {
        return governanceTier;
    }

    public String getStatusCadence() {
        return statusCadence;
    }

    public void setGovernance(int tier, String statusCadence) {
        this.governanceTier = tier;
        this.statusCadence = statusCadence;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getRelatedServices() {
        return relatedServices;
    }

    public void setRelatedServices(Set<String> relatedServices) {
        this.relatedServices.clear();
        this.relatedServices.addAll(relatedServices);
    }

    public long getVersion() {
        return version;
    }
}
