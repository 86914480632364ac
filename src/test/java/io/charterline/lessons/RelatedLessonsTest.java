package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.RELATED_LESSONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.Project;
import io.charterline.project.ProjectStatus;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Its own Spring context: the finished projects of the fixtures are the only ones there. */
@TestPropertySource(properties = "charterline.test.context=related-lessons")
class RelatedLessonsTest extends LifecycleTestSupport {

    private static LessonFixtures.Seeded seeded;

    @Autowired
    RelatedLessons relatedLessons;

    @Autowired
    LessonRepository lessons;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @BeforeEach
    void finishedProjects() {
        if (seeded == null) {
            // The demo service catalog may already hold CRM.
            if (configurationItems.findByKey("CRM").isEmpty()) {
                configurationItems.save(new ConfigurationItem("CRM", "Customer relationship management", Criticality.HIGH));
            }
            seeded = new LessonFixtures(projects, lessons, keys, transactions).seed();
        }
    }

    @Test
    void lessonsOfProjectsSharingServicesAndWordsComeBestFirst() {
        ProcessInstance charter = startProject(charter().name("Billing interface for CRM orders")
                .objectives("Connect CRM orders to billing").services("CRM"));

        List<RelatedLessons.RelatedLesson> related = relatedLessons.relevantLessonsFor(projectKey(charter));

        // CRM project: 3 (shared service CRM) + 4 (shared words bill, interfac, crm, order) = 7; plus per lesson
        // 2 for the tag crm and 1 per charter word in its text: a1 11 (billing, order), a3 10 (billing),
        // a4 and a2 9 each (the newer first). The data warehouse migration shares nothing.
        assertThat(related).extracting(r -> r.lesson().getId())
                .containsExactly(seeded.id("a1"), seeded.id("a3"), seeded.id("a4"), seeded.id("a2"));
        assertThat(related).extracting(RelatedLessons.RelatedLesson::score).containsExactly(11, 10, 9, 9);
    }

    @Test
    void aCharterSharingOnlyGenericWordsWithFinishedProjectsGetsNoLessons() {
        // The data warehouse migration's objectives move it "to the new platform".
        ProcessInstance charter = startProject(charter().name("Browser walk project")
                .objectives("A new system for the test phase"));

        assertThat(relatedLessons.relevantLessonsFor(projectKey(charter))).isEmpty();
        assertThat((String) runtimeService.getVariable(charter.getId(), RELATED_LESSONS))
                .matches("None of the \\d+ finished projects shares a service or words with this charter\\.");
    }

    @Test
    void sponsorsReviewShowsTheRelatedLessonsAsAMarkdownList() {
        ProcessInstance charter = startProject(charter().name("Billing interface for CRM orders")
                .objectives("Connect CRM orders to billing").services("CRM"));

        String text = (String) runtimeService.getVariable(charter.getId(), RELATED_LESSONS);

        assertThat(text.lines()).hasSize(4);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("- **Estimating** from *CRM order entry renewal* ("
                + seeded.crm().getKey() + ", closed; shares the service CRM and the words Billing, interface, CRM, orders): JAVA work took 30% more hours than estimated: 208 h booked "
                + "against 160 h estimated over 2 work packages \\(2.1 Implement order API, 2.2 Billing adapter\\). "
                + "Recommendation: Estimate JAVA work about 30% higher in similar projects, or split it into smaller "
                + "work packages and estimate them with the people who will do the work.");
    }

    @Test
    void charterLikeNoFinishedProjectSaysHowManyFinishedProjectsItWasComparedWith() {
        ProcessInstance charter = startProject(charter().name("Canteen renovation in Porto")
                .objectives("Renovate the canteen"));
        long finished = projects.findAll().stream().filter(project -> project.getStatus() == ProjectStatus.CLOSED
                || project.getStatus() == ProjectStatus.TERMINATED).count();

        assertThat(runtimeService.getVariable(charter.getId(), RELATED_LESSONS)).isEqualTo("None of the "
                + finished + " finished projects shares a service or words with this charter.");
    }

    @Test
    void eachRelatedLessonSaysWhatItsProjectSharesWithTheCharter() {
        ProcessInstance charter = startProject(charter().name("Warehouse reporting").objectives("Faster reports"));

        assertThat(relatedLessons.relevantLessonsFor(projectKey(charter))).isNotEmpty()
                .extracting(RelatedLessons.RelatedLesson::why).containsOnly("shares the words Warehouse, reporting");
    }

    @Test
    void similarFinishedProjectsWithoutLessonsAreNamedAsSuch() {
        new LessonFixtures(projects, lessons, keys, transactions).finished("Harbour crane telemetry",
                "Collect crane telemetry in the harbour", List.of(), ProjectStatus.CLOSED);
        ProcessInstance charter = startProject(charter().name("Crane telemetry dashboard")
                .objectives("Show the harbour crane telemetry"));

        assertThat(runtimeService.getVariable(charter.getId(), RELATED_LESSONS)).isEqualTo("The one finished "
                + "project that shares a service or words with this charter recorded no lessons.");
    }

    @Test
    void markupInNamesAndLessonsIsEscaped() {
        Project hostile = new LessonFixtures(projects, lessons, keys, transactions).finished(
                "<script>alert(1)</script> Lyon", "Relocate the office to Lyon", List.of(), ProjectStatus.CLOSED);
        lessons.save(new Lesson(hostile.getId(), Phase.CLOSING, LessonCategory.OBSERVATION,
                "' OR 1=1 -- *Lyon* [link](http://x)", null, null, null, LessonSource.PERSON, "pm"));
        ProcessInstance charter = startProject(charter().name("Office in Lyon").objectives("Open an office in Lyon"));

        assertThat(runtimeService.getVariable(charter.getId(), RELATED_LESSONS)).isEqualTo(
                "- **Observation** from *\\<script\\>alert\\(1\\)\\</script\\> Lyon* (" + hostile.getKey()
                        + ", closed; shares the words Office, Lyon): ' OR 1=1 -- \\*Lyon\\* \\[link\\]\\(http://x\\)");
    }
}
