package io.charterline.platform.identity;

import static io.charterline.platform.identity.CharterlineGroups.*;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each Charterline group may do in the engine. Granted in every profile (idempotently), because real
 * users are put into the same groups as the demo users; the groups themselves may come from elsewhere.
 */
class GroupAuthorizations {

    /** The process key of the project lifecycle, which requesters start with a charter. */
    static final String PROJECT_LIFECYCLE = "project-lifecycle";
    /** The process key of Tasklist's "Request a change", which everyone who works in Charterline may start. */
    static final String CHANGE_REQUEST_INTAKE = "change-request-intake";
    /** Tasklist's "Book hours": our API lets everyone signed in book their own hours on work assigned to them. */
    static final String BOOK_HOURS = "book-hours";
    /** Tasklist's "Raise a risk or issue": our API lets everyone signed in try; the register says who may. */
    static final String RAISE_RISK_OR_ISSUE = "raise-risk-or-issue";
    /** Tasklist's "Withdraw a change request": for who may request changes; the withdrawal says whose it is. */
    static final String WITHDRAW_CHANGE_REQUEST = "withdraw-change-request";

    private final AuthorizationService authorizationService;

    GroupAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant() {
        for (String group : WORKING_GROUPS) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            // Earlier versions let every working group start every process, so anyone could start change control
            // or a work package through engine-rest and rewrite a request or package that had moved on.
            revoke(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
            // Who may request a change through our API may do so in Tasklist; the start takes both rights.
            grant(group, Resources.PROCESS_DEFINITION, CHANGE_REQUEST_INTAKE,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            // The same for a day's hours and a new risk or issue; the start checks the rest as the API does.
            grant(group, Resources.PROCESS_DEFINITION, BOOK_HOURS, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_DEFINITION, RAISE_RISK_OR_ISSUE,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_DEFINITION, WITHDRAW_CHANGE_REQUEST,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            // A charter names its sponsor and project manager, so people must be able to look each other up.
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        for (String group : MANAGING_GROUPS) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.TASK, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // Only a requester starts a project's lifecycle: with its charter, in Tasklist or through our API. Change
        // control and work packages are started by the application.
        grant(REQUESTERS, Resources.PROCESS_DEFINITION, PROJECT_LIFECYCLE, ProcessDefinitionPermissions.CREATE_INSTANCE);
        // Process owners deploy from Camunda Modeler through /engine-rest/deployment/create.
        grant(PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        // ... and repair what a deployment broke: retry a failed job once the model is fixed, and move running
        // instances to the fixed version. Deleting a deployment stays with administrators: with its instances
        // (cascade) it would end running projects and changes for good.
        grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grant(PROCESS_OWNERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.RETRY_JOB);
        for (Resource resource : Resources.values()) {
            grant(ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT
                        && existing.isPermissionGranted(permission))
                .forEach(existing -> {
                    existing.removePermission(permission);
                    authorizationService.saveAuthorization(existing);
                });
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        List<Permission> missing = List.of(permissions).stream()
                .filter(permission -> !authorization.isPermissionGranted(permission))
                .toList();
        if (missing.isEmpty() && authorization.getId() != null) {
            return;
        }
        missing.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
