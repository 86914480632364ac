package io.charterline.lessons;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of search results, best first, and how many lessons matched in all; with {@code moreMatches} the
 * search found more than it ranks ({@link LessonSearch#MOST_RECENT_MATCHES}, the newest ones), and {@code total}
 * is that bound. Without any match, {@code hint} says so and how to search instead.
 */
public record LessonPage(List<LessonView> items, int page, int size, long total, boolean moreMatches,
                         @Schema(description = "Only when nothing matched: that no lesson matches, and how to "
                                 + "search more broadly", example = "No lesson matches 'overrun'; try fewer or "
                                 + "broader words, ...")
                         String hint) {
}
