package io.charterline.platform.identity;

import static io.charterline.change.ChangeControlVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.change.ChangeControlTestSupport;
import io.charterline.change.ChangeType;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The board's Tasklist queue ("CCB queue") lists the board's work waiting for its reader: their votes, and the
 * review of an emergency change after the fact, which is offered to the members by name rather than to the board.
 */
class CcbQueueTest extends ChangeControlTestSupport {

    @Test
    void aBoardMemberFindsTheEmergencyReviewOfferedToThemAndTheirVoteInTheBoardQueue() {
        ProcessInstance emergency = emergencyChangeApprovedByCcb2AndImplemented();
        ProcessInstance normal = requestChange(executingProject(), proposal().items("T-CRM"));
        runJobs(normal);
        assertThat(normal).isWaitingAt("Task_VoteOnChange");
        String review = task(emergency, "Task_ReviewEmergencyChange").getId();
        String vote = tasks(normal, "Task_VoteOnChange").stream().filter(task -> "ccb1".equals(task.getAssignee()))
                .findFirst().orElseThrow().getId();

        List<Task> queue = boardQueueOf("ccb1", "ccb");

        Assertions.assertThat(queue).extracting(Task::getId).contains(review, vote);
        Assertions.assertThat(queue).extracting(Task::getTaskDefinitionKey)
                .allMatch(key -> List.of("Task_VoteOnChange", "Task_ApproveEmergencyChange",
                        "Task_ReviewEmergencyChange").contains(key));
        Assertions.assertThat(queue).extracting(Task::getAssignee).allMatch(assignee -> assignee == null
                || "ccb1".equals(assignee));
    }

    @Test
    void theEmergencyApproverAndAReaderOutsideTheBoardDoNotFindTheReviewOrTheVotes() {
        ProcessInstance emergency = emergencyChangeApprovedByCcb2AndImplemented();
        ProcessInstance normal = requestChange(executingProject(), proposal().items("T-CRM"));
        runJobs(normal);
        String review = task(emergency, "Task_ReviewEmergencyChange").getId();
        List<String> votes = tasks(normal, "Task_VoteOnChange").stream().map(Task::getId).toList();

        Assertions.assertThat(boardQueueOf("pmo", "pmo", "requesters")).extracting(Task::getId)
                .doesNotContain(review).doesNotContainAnyElementsOf(votes);
        Assertions.assertThat(boardQueueOf("ccb2", "ccb")).extracting(Task::getId).doesNotContain(review);
    }

    @Test
    void anEarlierBoardQueueOfAnInstallationTakesTheNewQueryAtStartUp() {
        ProcessInstance emergency = emergencyChangeApprovedByCcb2AndImplemented();
        String review = task(emergency, "Task_ReviewEmergencyChange").getId();
        Filter queue = engine.getFilterService().createFilterQuery().filterName("CCB queue").singleResult();
        TasklistFilters filters = new TasklistFilters(engine.getFilterService(), taskService,
                engine.getAuthorizationService());
        try {
            engine.getFilterService().saveFilter(queue.setQuery(
                    taskService.createTaskQuery().taskCandidateGroup(CharterlineGroups.CCB)));
            Assertions.assertThat(boardQueueOf("ccb1", "ccb")).extracting(Task::getId).doesNotContain(review);

            filters.create();

            Assertions.assertThat(boardQueueOf("ccb1", "ccb")).extracting(Task::getId).contains(review);
        } finally {
            filters.create();
        }
    }

    /** ccb2 approves the emergency change alone; pm implements it; the board's review waits. */
    private ProcessInstance emergencyChangeApprovedByCcb2AndImplemented() {
        ProcessInstance change = requestChange(executingProject(), proposal().type(ChangeType.EMERGENCY)
                .items("T-ERP"));
        runJobs(change);
        decide(task(change, "Task_ApproveEmergencyChange"), "ccb2", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed at once");
        assertThat(change).isWaitingAt("Task_ReviewEmergencyChange");
        return change;
    }

    /** The tasks the user's "CCB queue" filter lists in Tasklist. */
    private List<Task> boardQueueOf(String user, String... groups) {
        String filter = engine.getFilterService().createFilterQuery().filterName("CCB queue").singleResult().getId();
        engine.getIdentityService().setAuthentication(user, List.of(groups));
        try {
            List<Task> queue = engine.getFilterService().list(filter);
            Assertions.assertThat(engine.getFilterService().count(filter)).isEqualTo(queue.size());
            return queue;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
