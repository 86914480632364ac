package io.charterline.lessons;

import java.util.List;

/** A lesson that {@link LessonDeriver} read from a project's data, before it is stored. */
public record DerivedLesson(LessonCategory category, String whatHappened, String impact, String recommendation,
                            List<String> tags) {

    public DerivedLesson {
        tags = List.copyOf(tags);
    }
}
