package io.charterline.lessons;

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

@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    private LessonCategory category;
    private String whatHappened;
    private String impact;
    private String recommendation;
    private String tags;

    @Enumerated(EnumType.STRING)
    private LessonSource source;

    private String author;
    @CreatedDate
    private Instant createdAt;

    protected Lesson() {
    }

    public Lesson(Long projectId, Phase phase, LessonCategory category, String whatHappened, String impact,
                  String recommendation, String tags, LessonSource source, String author) {
        this.projectId = projectId;
        this.phase = phase;
        this.category = category;
        this.whatHappened = whatHappened;
        this.impact = impact;
        this.recommendation = recommendation;
        this.tags = tags;
        this.source = source;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Phase getPhase() {
        return phase;
    }

    public LessonCategory getCategory() {
        return category;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getImpact() {
        return impact;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getTags() {
        return tags;
    }

    public LessonSource getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
