package io.charterline.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days (both inclusive) in which nothing may change: on one service, or on all of them when it has no item. */
@Entity
@Table(name = "freeze_period")
public class FreezePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ci_id")
    private ConfigurationItem item;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    private String reason;

    protected FreezePeriod() {
    }

    /** @param item the frozen service, or null for a freeze of the whole catalog */
    public FreezePeriod(ConfigurationItem item, LocalDate from, LocalDate to, String reason) {
        this.item = item;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public ConfigurationItem getItem() {
        return item;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
