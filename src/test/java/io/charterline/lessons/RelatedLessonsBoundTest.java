package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.Project;
import io.charterline.project.ProjectStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    @PersistenceContext
    EntityManager entityManager;

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
                .allSatisfy(lesson -> assertThat(mostSimilar).contains(lesson.project().id()))
                .extracting(RelatedLessons.RelatedLesson::score).containsOnly(2);
    }

    @Test
    void theFinishedProjectsAreReadAsValuesAndTheirLessonsReadOnly() {
        LessonFixtures fixtures = new LessonFixtures(projects, lessons, keys, transactions);
        Project finished = fixtures.finished("Billing portal", "Portal", List.of("BILLING"), ProjectStatus.CLOSED);
        lesson(finished, "Portal users needed training");
        ProcessInstance charter = startProject(charter().name("Billing portal").objectives("Portal for billing"));

        // As in the charter's registration: a read-write transaction calls it, and its commit checks each entity
        // it holds for changes.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            RelatedLessons.RelatedLesson related = relatedLessons.relevantLessonsFor(projectKey(charter)).get(0);
            Session session = entityManager.unwrap(Session.class);

            assertThat(related.project().id()).isEqualTo(finished.getId());
            assertThat(session.getStatistics().getEntityKeys()).map(EntityKey.class::cast)
                    .noneMatch(key -> key.getEntityName().equals(Project.class.getName())
                            && key.getIdentifier().equals(finished.getId()));
            assertThat(session.isReadOnly(related.lesson())).isTrue();
        });
    }

    private void lesson(Project project, String whatHappened) {
        lessons.save(new Lesson(project.getId(), Phase.CLOSING, LessonCategory.OBSERVATION, whatHappened, null, null,
                null, LessonSource.PERSON, "pm"));
    }
}
