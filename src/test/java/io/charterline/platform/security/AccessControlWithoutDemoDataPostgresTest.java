package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * With demo data off, as in production, no demo user exists and the only way in is the administrator made from
 * {@code CHARTERLINE_ADMIN_PASSWORD} (here its property, {@code charterline.admin.password}).
 */
@PostgresSpringTest
@TestPropertySource(properties = {"charterline.demo.enabled=false",
        "charterline.admin.password=" + AccessControlWithoutDemoDataPostgresTest.ADMIN_PASSWORD})
class AccessControlWithoutDemoDataPostgresTest {

    static final String ADMIN_PASSWORD = "first-start-Pa55";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Test
    void noDemoUserExists() {
        assertThat(identityService.createUserQuery().list()).extracting(user -> user.getId())
                .containsExactly("admin");
        assertThat(rest.withBasicAuth("sponsor", "sponsor").getForEntity("/api/projects", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdministratorSignsInWithTheConfiguredPasswordOnly() {
        assertThat(rest.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/engine-rest/user", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/user", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(user -> user.getId()).containsExactly("admin");
    }

    @Test
    void everyCharterlineGroupExistsSoTheAdministratorOnlyAddsPeople() {
        assertThat(identityService.createGroupQuery().list())
                .extracting(Group::getId, Group::getName)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("requesters", "Requesters"),
                        Tuple.tuple("sponsors", "Sponsors"),
                        Tuple.tuple("project-managers", "Project managers"),
                        Tuple.tuple("pmo", "Project Management Office"),
                        Tuple.tuple("ccb", "Change control board"),
                        Tuple.tuple("team-members", "Team members"),
                        Tuple.tuple("process-owners", "Process owners"),
                        Tuple.tuple("camunda-admin", "Camunda administrators"));
    }
}
