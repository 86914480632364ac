package io.charterline.cmdb;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** An IT service or configuration item from the service catalog. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ci_key", nullable = false, unique = true, updatable = false)
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

    private String description;

    private String ownerId;

    /** The items this one needs to work: a change or an outage of any of them affects this one. */
    @ManyToMany
    @JoinTable(name = "ci_dependency", joinColumns = @JoinColumn(name = "ci_id"),
            inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
    private Set<ConfigurationItem> dependsOn = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "maintenance_window", joinColumns = @JoinColumn(name = "ci_id"))
    private Set<MaintenanceWindow> maintenanceWindows = new HashSet<>();

    @Version
    private long version;

    protected ConfigurationItem() {
    }

    public ConfigurationItem(String key, String name, Criticality criticality) {
        this.key = key;
        this.name = name;
        this.criticality = criticality;
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

    public Criticality getCriticality() {
        return criticality;
    }

    public void setCriticality(Criticality criticality) {
        this.criticality = criticality;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public Set<ConfigurationItem> getDependsOn() {
        return Set.copyOf(dependsOn);
    }

    public void setDependsOn(Collection<ConfigurationItem> items) {
        dependsOn.clear();
        dependsOn.addAll(items);
    }

    public Set<MaintenanceWindow> getMaintenanceWindows() {
        return Set.copyOf(maintenanceWindows);
    }

    public void setMaintenanceWindows(Collection<MaintenanceWindow> windows) {
        maintenanceWindows.clear();
        maintenanceWindows.addAll(windows);
    }

    public long getVersion() {
        return version;
    }
}
