package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.CHARTER_COMMENT;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.GATE_LESSONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.project.LifecycleTestSupport;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaptureLessonsAtGatesTest extends LifecycleTestSupport {

    @Autowired
    LessonRepository lessons;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @BeforeEach
    void serviceCatalog() {
        if (configurationItems.findByKeyIn(List.of("CRM")).isEmpty()) {
            configurationItems.save(new ConfigurationItem("CRM", "Customer relationship management", Criticality.HIGH));
        }
    }

    @Test
    void charterGateStoresTypedLessonsAndDerivesOneFromTheRework() {
        ProcessInstance project = startProject(charter().services("CRM"));
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Quantify the benefits"));
        complete(task(project));

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE", GATE_LESSONS, "Involve operations early"));

        assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .extracting("phase", "category", "source", "author", "tags", "whatHappened")
                .containsExactly(
                        tuple(Phase.CHARTER, LessonCategory.OBSERVATION, LessonSource.PERSON, "sponsor", "crm",
                                "Involve operations early"),
                        tuple(Phase.CHARTER, LessonCategory.GOVERNANCE, LessonSource.DERIVED, null,
                                "governance,charter,crm",
                                "The sponsor sent the charter back for rework once before approving it."));
    }

    @Test
    void lessonsTypedAtACharterSentBackAreKeptAndTheNextReviewOpensWithoutThem() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Quantify the benefits",
                GATE_LESSONS, "Ask for the benefits up front"));
        complete(task(project));
        assertThat(formVariables(task(project).getId())).doesNotContainKey(GATE_LESSONS);

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE", GATE_LESSONS, "Involve operations early"));

        assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .filteredOn(lesson -> lesson.getSource() == LessonSource.PERSON)
                .extracting("author", "whatHappened")
                .containsExactly(tuple("sponsor", "Ask for the benefits up front"),
                        tuple("sponsor", "Involve operations early"));
    }

    @Test
    void charterApprovedAtTheFirstReviewGivesNoDerivedLesson() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId())).isEmpty();
    }
}
