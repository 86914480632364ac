package io.charterline.lessons;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Where one word of a search text was found in a lesson: why the lesson is a hit.
 *
 * @param word   the word as the search text gave it, in lower case
 * @param fields the lesson's text fields it was found in
 * @param tags   the lesson's tags it matched
 */
@Schema(description = "Where one word of q was found in the lesson: in which text fields, or in which tags. A word "
        + "matches its inflections (estimate finds estimated and estimates).")
public record LessonMatch(
        @Schema(description = "The word of q, in lower case", example = "migration") String word,
        @Schema(description = "The text fields it was found in: whatHappened, recommendation, impact",
                example = "[\"whatHappened\"]") List<String> fields,
        @Schema(description = "The lesson's tags it matched", example = "[\"migration\"]") List<String> tags) {

    public LessonMatch {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
    }
}
