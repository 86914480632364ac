package io.charterline.closing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stored final report of a project: its HTML, in parts that fit a portable VARCHAR column. */
@Entity
@Table(name = "closeout_report")
public class CloseoutReport {

    static final int PART_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private Instant generatedAt;

    @ElementCollection
    @CollectionTable(name = "closeout_report_part", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "part_number")
    @Column(name = "content", length = PART_LENGTH)
    private List<String> parts = new ArrayList<>();

    protected CloseoutReport() {
    }

    public CloseoutReport(Long projectId) {
        this.projectId = projectId;
    }

    /** Replaces the report, e.g. when closeout runs again after a failure. */
    void replace(String html, Instant generatedAt) {
        this.generatedAt = generatedAt;
        this.parts.clear();
        this.parts.addAll(split(html));
    }

    public String html() {
        return String.join("", parts);
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    /** Never between the two halves of a surrogate pair: a lone half is no character a database can store. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART_LENGTH, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }
}
