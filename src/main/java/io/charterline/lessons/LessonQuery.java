package io.charterline.lessons;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A lesson search: every part optional; all given parts must match.
 *
 * @param text       words to search for, ranked by relevance
 * @param tag        a normalised tag the lesson must carry
 * @param category   the lesson's category
 * @param projectKey the project the lesson belongs to
 */
public record LessonQuery(String text, String tag, LessonCategory category, String projectKey, int page,
                          int size) {

    static final int MAX_TEXT = 200;
    static final int MAX_TAG = 50;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    static final int DEFAULT_SIZE = 20;

    /** Checks the request parameters as given and names every bad one at once. */
    public static LessonQuery of(String q, String tag, String category, String project, String page, String size) {
        List<InvalidField> errors = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new InvalidField("q", "must have at most " + MAX_TEXT + " characters, has " + text.length()));
        }
        String normalisedTag = null;
        if (blankToNull(tag) != null) {
            normalisedTag = LessonTags.normalise(tag);
            if (normalisedTag.isEmpty() || normalisedTag.length() > MAX_TAG) {
                errors.add(new InvalidField("tag", "must be a word of 1 to " + MAX_TAG
                        + " letters, digits, '_' or '-', e.g. java or crm"));
            }
        }
        LessonCategory lessonCategory = null;
        if (blankToNull(category) != null) {
            try {
                lessonCategory = LessonCategory.valueOf(category.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidField("category", "'" + category + "' is not a lesson category; use one of "
                        + Arrays.stream(LessonCategory.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        int pageNumber = number(errors, "page", page, 0, 0, MAX_PAGE);
        int pageSize = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LessonQuery(text, normalisedTag, lessonCategory, blankToNull(project), pageNumber, pageSize);
    }

    /**
     * What an answer without any lesson says: that nothing matched what was asked, and how to ask more broadly,
     * so that an empty list is not read as "no lessons at all".
     */
    String noMatchHint() {
        List<String> filters = new ArrayList<>();
        if (category != null) {
            filters.add("category " + category.name());
        }
        if (tag != null) {
            filters.add("tag " + tag);
        }
        if (projectKey != null) {
            filters.add("project " + projectKey);
        }
        String filtered = filters.isEmpty() ? "" : " with " + String.join(" and ", filters);
        String categories = Arrays.stream(LessonCategory.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (text == null) {
            return filters.isEmpty() ? "No lessons have been recorded yet."
                    : "No lesson has " + String.join(" and ", filters) + "; leave out a filter or try another "
                            + "category (" + categories + ") or tag.";
        }
        if (SearchTerms.parse(text).isEmpty()) {
            return "'" + text + "' has only common words such as 'the' or 'of', which are not searched; search for "
                    + "the words that say what the lesson is about.";
        }
        return "No lesson matches '" + text + "'" + filtered + "; try fewer or broader words (every word must "
                + "match; 'or' between two words accepts either), another word for the same thing (e.g. 'cost' "
                + "for 'overrun'), or search by category (" + categories + ") or tag"
                + (filters.isEmpty() ? "" : ", or leave out the filters") + ".";
    }

    private static int number(List<InvalidField> errors, String field, String value, int defaultValue, int min,
                              int max) {
        if (blankToNull(value) == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        errors.add(new InvalidField(field, "must be a whole number from " + min + " to " + max + ", got '"
                + value + "'"));
        return defaultValue;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
