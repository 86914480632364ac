package io.charterline.lessons;

import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Captures the lessons of one phase gate: those people typed on the gate form, one per line. */
@Service
public class LessonCaptureService {

    static final String TYPED_CATEGORY = "OBSERVATION";
    static final int MAX_LESSON_LENGTH = 4000;

    private final ProjectRegistry projects;
    private final LessonRepository lessons;

    public LessonCaptureService(ProjectRegistry projects, LessonRepository lessons) {
        this.projects = projects;
        this.lessons = lessons;
    }

    @Transactional
    public List<Lesson> capture(String projectKey, Phase phase, String typedLessons, String author) {
        Project project = projects.require(projectKey);
        List<Lesson> captured = typedLines(typedLessons).stream()
                .map(line -> new Lesson(project.getId(), phase, TYPED_CATEGORY, line, null, null, null,
                        LessonSource.PERSON, author))
                .toList();
        return lessons.saveAll(captured);
    }

    private static List<String> typedLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.length() > MAX_LESSON_LENGTH ? line.substring(0, MAX_LESSON_LENGTH) : line)
                .toList();
    }
}
