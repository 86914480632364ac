package io.charterline.lessons;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A lesson as the API shows it, with its project.
 *
 * @param relevance how well it matches the search text (higher is better; 0 without a search text). PostgreSQL's
 *                  ts_rank and the H2 fallback's score differ in scale: only the order means something.
 * @param matched   where each word of the search text was found; empty without a search text
 */
public record LessonView(long id, String projectKey, String projectName, Phase phase, LessonCategory category,
                         String whatHappened, String impact, String recommendation, List<String> tags,
                         LessonSource source, String author, Instant createdAt,
                         @Schema(description = "How well the lesson matches q; 0 without q. Higher is better, and "
                                 + "the items come best first: use it to order or to compare the hits of one "
                                 + "search, not as a percentage, and not across searches. A word found in "
                                 + "whatHappened or in the tags weighs most, one in the recommendation less, one "
                                 + "in the impact least (on PostgreSQL: ts_rank over the weighted text, which also "
                                 + "counts how often a word occurs, usually below 1; on the H2 development "
                                 + "database: 1.0, 0.4 and 0.2 per word and field, summed).", example = "1.4")
                         double relevance,
                         @Schema(description = "Why the lesson is a hit: each word of q that was found, with the "
                                 + "text fields or tags it was found in. Empty without q.")
                         List<LessonMatch> matched) {

    public LessonView {
        matched = List.copyOf(matched);
    }

    LessonView withMatched(List<LessonMatch> matches) {
        return new LessonView(id, projectKey, projectName, phase, category, whatHappened, impact, recommendation,
                tags, source, author, createdAt, relevance, matches);
    }
}
