package io.charterline.lessons;

import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captures the lessons of one phase gate: those each person typed on the gate form, one per line, when they
 * complete it, and those {@link LessonDeriver} reads from the project's facts once the gate is passed.
 */
@Service
public class LessonCaptureService {

    static final int MAX_LESSON_LENGTH = 4000;
    static final int MAX_NOTE_LENGTH = 2000;

    private final ProjectRegistry projects;
    private final LessonRepository lessons;
    private final ProjectFactsSource factsSource;
    private final LessonDeriver deriver;

    public LessonCaptureService(ProjectRegistry projects, LessonRepository lessons, ProjectFactsSource factsSource,
                                LessonDeriver deriver) {
        this.projects = projects;
        this.lessons = lessons;
        this.factsSource = factsSource;
        this.deriver = deriver;
    }

    /** The lessons one person typed on a gate's form, under their name. */
    @Transactional
    public List<Lesson> captureTyped(String projectKey, Phase phase, String typedLessons, String author) {
        return capture(projectKey, phase, typedLessons, author, List.of());
    }

    /** Whatever the facts known at this gate say, once per gate however many people decided at it. */
    @Transactional
    public List<Lesson> captureDerived(String projectKey, Phase phase) {
        return capture(projectKey, phase, null, null, deriver.derive(factsSource.factsOf(projectKey, phase), phase));
    }

    /**
     * Stores typed lessons (source PERSON, tagged with the project's services so they are found with the derived
     * ones) and derived lessons (source DERIVED, no author).
     */
    @Transactional
    public List<Lesson> capture(String projectKey, Phase phase, String typedLessons, String author,
                                List<DerivedLesson> derived) {
        Project project = projects.require(projectKey);
        String serviceTags = LessonTags.join(project.getRelatedServices());
        List<Lesson> captured = new ArrayList<>();
        typedLines(typedLessons).forEach(line -> captured.add(new Lesson(project.getId(), phase,
                LessonCategory.OBSERVATION, line, null, null, serviceTags, LessonSource.PERSON, author)));
        derived.forEach(lesson -> captured.add(new Lesson(project.getId(), phase, lesson.category(),
                cut(lesson.whatHappened(), MAX_LESSON_LENGTH), cut(lesson.impact(), MAX_NOTE_LENGTH),
                cut(lesson.recommendation(), MAX_NOTE_LENGTH), LessonTags.join(lesson.tags()),
                LessonSource.DERIVED, null)));
        return lessons.saveAll(captured);
    }

    private static List<String> typedLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> cut(line, MAX_LESSON_LENGTH))
                .toList();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
