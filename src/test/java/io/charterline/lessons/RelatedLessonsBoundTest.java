package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.Project;
import io.charterline.project.ProjectStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Its own Spring context: the finished projects made here are the only ones there. */
@TestPropertySource(properties = "charterline.test.context=related-lessons-bound")
class RelatedLessonsBoundTest extends LifecycleTestSupport {

    @Autowired
    RelatedLessons relatedLessons;

    @Autowired
    LessonRepository lessons;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onlyTheLessonsOfTheMostSimilarProjectsAreScored() {
        LessonFixtures fixtures = new LessonFixtures(projects, lessons, keys, transactions);
        // Shares one word with the charter (similarity 1), but its lesson names both words: 1 + 2 = 3 would win.
        Project lessSimilar = fixtures.finished("Payroll upgrade", "Upgrade", List.of(), ProjectStatus.CLOSED);
        lesson(lessSimilar, "Payroll portal users needed training");
        // Share both words (similarity 2); their lessons add nothing: 2 each.
        Set<Long> mostSimilar = IntStream.range(0, RelatedLessons.MOST_SIMILAR_PROJECTS)
                .mapToObj(i -> fixtures.finished("Payroll portal " + i, "Portal", List.of(), ProjectStatus.CLOSED))
                .peek(project -> lesson(project, "Went as planned"))
                .map(Project::getId)
                .collect(Collectors.toSet());
        ProcessInstance charter = startProject(charter().name("Payroll portal").objectives("Portal for payroll"));

        List<RelatedLessons.RelatedLesson> related = relatedLessons.relevantLessonsFor(projectKey(charter));

        assertThat(related).hasSize(RelatedLessons.TOP)
                .allSatisfy(lesson -> assertThat(mostSimilar).contains(lesson.project().getId()))
                .extracting(RelatedLessons.RelatedLesson::score).containsOnly(2);
    }

    private void lesson(Project project, String whatHappened) {
        lessons.save(new Lesson(project.getId(), Phase.CLOSING, LessonCategory.OBSERVATION, whatHappened, null, null,
                null, LessonSource.PERSON, "pm"));
    }
}
