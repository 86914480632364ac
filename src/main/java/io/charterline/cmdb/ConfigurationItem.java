package io.charterline.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An IT service or configuration item from the service catalog. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ci_key", nullable = false, unique = true)
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

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

    public Criticality getCriticality() {
        return criticality;
    }
}
