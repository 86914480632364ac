package io.charterline.lessons;

import java.util.List;

/**
 * One page of search results, best first, and how many lessons matched in all; with {@code moreMatches} the
 * search found more than it ranks ({@link LessonSearch#MOST_RECENT_MATCHES}, the newest ones), and {@code total}
 * is that bound.
 */
public record LessonPage(List<LessonView> items, int page, int size, long total, boolean moreMatches) {
}
