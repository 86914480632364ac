package io.charterline.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Earlier versions kept the engine's default task permission, UPDATE, so a task's assignee or candidate could
 * write any process variable through {@code /task/{id}/variables}. New tasks now get TASK_WORK
 * ({@code default-user-permission-name-for-task}); this narrows what the engine granted on the tasks created
 * before, which would otherwise keep UPDATE until they are done. Grants on all tasks ({@code *}) are the groups'
 * own and stay as they are.
 */
class TaskWorkPermissions {

    private final AuthorizationService authorizationService;

    TaskWorkPermissions(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** @return how many task authorizations were narrowed */
    int narrow() {
        var granted = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list().stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT
                        && !ANY.equals(existing.getResourceId()))
                .toList();
        granted.forEach(existing -> {
            existing.removePermission(Permissions.UPDATE);
            existing.addPermission(TaskPermissions.TASK_WORK);
            authorizationService.saveAuthorization(existing);
        });
        return granted.size();
    }
}
