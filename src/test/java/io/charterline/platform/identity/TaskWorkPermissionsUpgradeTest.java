package io.charterline.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A database from an earlier version, whose tasks' users were granted the engine's default UPDATE. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskWorkPermissionsUpgradeTest {

    private static final String OLD_TASK = "task-from-an-earlier-version";

    @Autowired
    AuthorizationService authorizations;

    private void grantOnOldTask(String user, String group) {
        Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setResource(Resources.TASK);
        old.setResourceId(OLD_TASK);
        if (user != null) {
            old.setUserId(user);
        } else {
            old.setGroupId(group);
        }
        old.addPermission(Permissions.UPDATE);
        old.addPermission(Permissions.READ);
        authorizations.saveAuthorization(old);
    }

    private boolean may(String user, String group, Permission permission, String taskId) {
        return authorizations.isUserAuthorized(user, List.of(group), permission, Resources.TASK, taskId);
    }

    @Test
    void aStartOnAnEarlierDatabaseLeavesTheUsersOfOldTasksToWorkOnThemButNotToWriteTheirVariables() {
        grantOnOldTask("dev1", null);
        grantOnOldTask(null, CharterlineGroups.CCB);
        assertThat(may("dev1", CharterlineGroups.TEAM_MEMBERS, Permissions.UPDATE, OLD_TASK)).isTrue();
        assertThat(may("ccb1", CharterlineGroups.CCB, Permissions.UPDATE, OLD_TASK)).isTrue();

        assertThat(new TaskWorkPermissions(authorizations).narrow()).isEqualTo(2);

        for (String[] userAndGroup : List.of(new String[] {"dev1", CharterlineGroups.TEAM_MEMBERS},
                new String[] {"ccb1", CharterlineGroups.CCB})) {
            assertThat(may(userAndGroup[0], userAndGroup[1], Permissions.UPDATE, OLD_TASK)).isFalse();
            assertThat(may(userAndGroup[0], userAndGroup[1], TaskPermissions.TASK_WORK, OLD_TASK)).isTrue();
            assertThat(may(userAndGroup[0], userAndGroup[1], Permissions.READ, OLD_TASK)).isTrue();
        }
        assertThat(may("admin", CharterlineGroups.ADMINS, Permissions.UPDATE, ANY))
                .as("the administrators' grant on all tasks stays").isTrue();
        assertThat(new TaskWorkPermissions(authorizations).narrow()).as("a second start finds nothing").isZero();
    }
}
