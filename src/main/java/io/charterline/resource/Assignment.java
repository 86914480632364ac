package io.charterline.resource;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hours of one person on one work package in one week. A released booking stays as a record of who worked where
 * but no longer takes capacity.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String projectKey;
    private String packageCode;
    private Long resourceId;
    private LocalDate weekStart;
    private BigDecimal hours;
    private Instant bookedAt;
    private Instant releasedAt;

    protected Assignment() {
    }

    Assignment(String projectKey, String packageCode, long resourceId, LocalDate weekStart, BigDecimal hours,
               Instant bookedAt) {
        this.projectKey = projectKey;
        this.packageCode = packageCode;
        this.resourceId = resourceId;
        this.weekStart = weekStart;
        this.hours = hours;
        this.bookedAt = bookedAt;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getPackageCode() {
        return packageCode;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public BigDecimal getHours() {
        return hours;
    }
}
