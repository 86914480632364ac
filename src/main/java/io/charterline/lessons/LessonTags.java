package io.charterline.lessons;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tags are stored as one comma-separated column of normalised words ({@code estimating,java,crm}), so a tag
 * filter is a portable match on {@code ',' || tags || ','} and needs no tag table.
 */
public final class LessonTags {

    static final int MAX_TAGS_LENGTH = 500;
    private static final Pattern NOT_TAG = Pattern.compile("[^a-z0-9_-]+");

    private LessonTags() {
    }

    /** "CRM" and " crm " are the same tag; anything but letters, digits, '_' and '-' becomes '-'. */
    public static String normalise(String tag) {
        String lower = NOT_TAG.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return lower.replaceAll("^-+|-+$", "");
    }

    /** The column value: normalised, without duplicates or empties, cut at whole tags to fit the column. */
    public static String join(Collection<String> tags) {
        StringBuilder joined = new StringBuilder();
        tags.stream().filter(tag -> tag != null).map(LessonTags::normalise).filter(tag -> !tag.isEmpty())
                .distinct()
                .forEach(tag -> {
                    if (joined.length() + tag.length() + 1 <= MAX_TAGS_LENGTH) {
                        joined.append(joined.isEmpty() ? "" : ",").append(tag);
                    }
                });
        return joined.isEmpty() ? null : joined.toString();
    }

    public static List<String> split(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).filter(tag -> !tag.isEmpty()).toList();
    }

    static List<String> of(LessonCategory category, Collection<String> more, Collection<String> services) {
        return Stream.of(Stream.of(category.name()), more.stream(), services.stream())
                .flatMap(s -> s).map(LessonTags::normalise).distinct().toList();
    }
}
