package io.charterline.lessons;

import java.util.List;

/** One page of search results, best first, and how many lessons matched in all. */
public record LessonPage(List<LessonView> items, int page, int size, long total) {
}
