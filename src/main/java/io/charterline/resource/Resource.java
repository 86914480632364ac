package io.charterline.resource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A person of the resource pool; {@code userId} is the identity user who sees assigned work in Tasklist. */
@Entity
@Table(name = "resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String userId;

    private String name;
    private int weeklyCapacityHours;
    private BigDecimal hourlyCostRate;
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "resource_skill", joinColumns = @JoinColumn(name = "resource_id"))
    private Set<SkillLevel> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_unavailability", joinColumns = @JoinColumn(name = "resource_id"))
    private Set<Unavailability> unavailability = new HashSet<>();

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(String userId) {
        this.userId = userId;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getWeeklyCapacityHours() {
        return weeklyCapacityHours;
    }

    public void setWeeklyCapacityHours(int weeklyCapacityHours) {
        this.weeklyCapacityHours = weeklyCapacityHours;
    }

    public BigDecimal getHourlyCostRate() {
        return hourlyCostRate;
    }

    public void setHourlyCostRate(BigDecimal hourlyCostRate) {
        this.hourlyCostRate = hourlyCostRate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<SkillLevel> getSkills() {
        return Set.copyOf(skills);
    }

    public void setSkills(Collection<SkillLevel> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public Set<Unavailability> getUnavailability() {
        return Set.copyOf(unavailability);
    }

    public void setUnavailability(Collection<Unavailability> unavailability) {
        this.unavailability.clear();
        this.unavailability.addAll(unavailability);
    }

    public long getVersion() {
        return version;
    }
}
