package io.charterline.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A database from an earlier version, where every working group could start every process. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GroupAuthorizationsUpgradeTest {

    @Autowired
    AuthorizationService authorizations;

    @Test
    void aStartOnAnEarlierDatabaseTakesBackTheRightToStartAnyProcess() {
        for (String group : List.of(CharterlineGroups.TEAM_MEMBERS, CharterlineGroups.REQUESTERS)) {
            Authorization old = authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(ANY).list().stream()
                    .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElseThrow();
            old.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(old);
        }
        assertThat(mayStart("dev1", CharterlineGroups.TEAM_MEMBERS, "change-control")).isTrue();

        new GroupAuthorizations(authorizations).grant();

        assertThat(mayStart("dev1", CharterlineGroups.TEAM_MEMBERS, "change-control")).isFalse();
        assertThat(mayStart("dev1", CharterlineGroups.TEAM_MEMBERS, "project-lifecycle")).isFalse();
        assertThat(mayStart("requester", CharterlineGroups.REQUESTERS, "work-package")).isFalse();
        assertThat(mayStart("requester", CharterlineGroups.REQUESTERS, "project-lifecycle")).isTrue();
    }

    private boolean mayStart(String user, String group, String processKey) {
        return authorizations.isUserAuthorized(user, List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, processKey);
    }
}
