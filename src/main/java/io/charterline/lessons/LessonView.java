package io.charterline.lessons;

import java.time.Instant;
import java.util.List;

/**
 * A lesson as the API shows it, with its project.
 *
 * @param relevance how well it matches the search text (higher is better; 0 without a search text). PostgreSQL's
 *                  ts_rank and the H2 fallback's score differ in scale: only the order means something.
 */
public record LessonView(long id, String projectKey, String projectName, Phase phase, LessonCategory category,
                         String whatHappened, String impact, String recommendation, List<String> tags,
                         LessonSource source, String author, Instant createdAt, double relevance) {
}
