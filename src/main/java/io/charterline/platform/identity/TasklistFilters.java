package io.charterline.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters, each one showing only the reader's tasks. "My tasks" and "My groups' tasks" are for
 * everyone; the approval and board queues only for the groups that can ever have such tasks, so that a requester's
 * or a team member's Tasklist lists no queue that would stay empty for them.
 */
class TasklistFilters {

    /** User tasks that are a decision at a gate or a board; their ids are fixed by the models. */
    static final List<String> APPROVAL_TASKS = List.of(
            "Task_ReviewCharter", "Task_ApprovePlan", "Task_SponsorApprovePlan", "Task_AcceptDeliverables",
            "Task_DecideEscalation", "Task_ApproveChangeAsPm", "Task_VoteOnChange",
            "Task_ApproveChangeAsSponsor", "Task_ApproveEmergencyChange");

    /** Who decides at a gate, a board or an escalation; the PMO stands in for a requester who may not decide. */
    static final List<String> APPROVERS = List.of(CharterlineGroups.SPONSORS, CharterlineGroups.PMO,
            CharterlineGroups.PROJECT_MANAGERS, CharterlineGroups.CCB, CharterlineGroups.ADMINS);

    /** User tasks of the change control board; their ids are fixed by the change-control model. */
    static final List<String> BOARD_TASKS = List.of(
            "Task_VoteOnChange", "Task_ApproveEmergencyChange", "Task_ReviewEmergencyChange");

    static final List<String> BOARD = List.of(CharterlineGroups.CCB, CharterlineGroups.PMO, CharterlineGroups.ADMINS);

    private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", "projectKey", "label", "Project"),
            Map.of("name", "projectName", "label", "Project name"),
            Map.of("name", "changeRequestId", "label", "Change request"),
            Map.of("name", "workPackageCode", "label", "Work package"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService,
                    AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    void create() {
        create("My tasks", -10, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), List.of());
        // As a candidate user the reader finds the tasks offered to their groups and those offered to them by name
        // (say, a review its approver may not take).
        create("My groups' tasks", -5, "Unclaimed tasks offered to me or one of my groups",
                taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned(),
                List.of());
        create("Approvals", 0, "Gate, change and escalation decisions waiting for me or my groups",
                taskService.createTaskQuery().taskDefinitionKeyIn(APPROVAL_TASKS.toArray(String[]::new))
                        .or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr(), APPROVERS);
        // The board's own tasks only: a member's vote is assigned to them, the emergency approval offered to the
        // board, and the review after the fact offered to the members other than its approver by name. The user
        // comes before the group, which the engine requires even in an OR query; and the group as a list, because
        // the engine adds the reader's groups to a single candidate group's immutable list and fails.
        create("CCB queue", 5, "Change requests waiting for the change control board or for me on the board",
                taskService.createTaskQuery().taskDefinitionKeyIn(BOARD_TASKS.toArray(String[]::new)).or()
                        .taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}")
                        .taskCandidateGroupIn(List.of(CharterlineGroups.CCB)).endOr(), BOARD);
    }

    /**
     * Readable by the given groups, or by everyone when there are none. A filter an earlier version created takes
     * the current query and description, and keeps its other properties and its readers.
     */
    private void create(String name, int priority, String description, TaskQuery query, List<String> readers) {
        List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            existing.forEach(filter -> {
                Map<String, Object> properties = new HashMap<>(filter.getProperties());
                properties.put("description", description);
                filterService.saveFilter(filter.setQuery(query).setProperties(properties));
            });
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "variables", SHOWN_VARIABLES));
        filterService.saveFilter(filter);
        if (readers.isEmpty()) {
            Authorization readForAll = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            readForAll.setUserId(ANY);
            grantRead(readForAll, filter);
        }
        for (String group : readers) {
            Authorization readForGroup = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            readForGroup.setGroupId(group);
            grantRead(readForGroup, filter);
        }
    }

    private void grantRead(Authorization authorization, Filter filter) {
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }
}
