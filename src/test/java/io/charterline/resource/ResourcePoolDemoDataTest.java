package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.identity.CharterlineGroups;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo data is on under the test profile, so the pool was seeded at startup. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResourcePoolDemoDataTest {

    private static final List<String> DEMO_USERS = List.of("pm", "dev1", "dev2", "dev3");
    private static final List<String> SKILLS = List.of("ANALYSIS", "ARCHITECTURE", "JAVA", "FRONTEND", "DATABASE",
            "TESTING", "DEVOPS", "SECURITY", "NETWORK", "DATA", "UX", "PROJECT_MANAGEMENT");

    @Autowired
    ResourcePool pool;

    @Autowired
    ResourceRepository resources;

    @Autowired
    ResourcePoolDemoData demoData;

    @Autowired
    IdentityService identityService;

    @Test
    void theDemoUsersArePeopleOfThePool() {
        Map<String, ResourceView> byUser = seeded();
        assertThat(byUser).containsKeys(DEMO_USERS.toArray(String[]::new));
        assertThat(byUser.get("dev1").skills()).contains(new SkillLevel("JAVA", 4));
        assertThat(byUser.get("dev1").unavailability()).hasSize(1);
    }

    @Test
    void fortyPeopleCoverEveryStandardSkillAtLeastTwiceAndEverySkillHasAnExpert() {
        Map<String, ResourceView> byUser = seeded();
        assertThat(byUser).hasSize(40);
        for (String skill : SKILLS) {
            List<Integer> levels = byUser.values().stream().flatMap(person -> person.skills().stream())
                    .filter(level -> level.skill().equals(skill)).map(SkillLevel::level).toList();
            assertThat(levels).as(skill).hasSizeGreaterThanOrEqualTo(2);
            assertThat(levels).as(skill).contains(5);
        }
    }

    @Test
    void everyoneElseCanLogInAsATeamMember() {
        seeded().keySet().stream().filter(userId -> !DEMO_USERS.contains(userId)).forEach(userId -> {
            assertThat(identityService.checkPassword(userId, userId)).as(userId).isTrue();
            assertThat(identityService.createUserQuery().userId(userId)
                    .memberOfGroup(CharterlineGroups.TEAM_MEMBERS).count()).as(userId).isEqualTo(1);
        });
    }

    @Test
    void seedingAgainChangesNothing() {
        long before = resources.count();
        long users = identityService.createUserQuery().count();

        demoData.run(new DefaultApplicationArguments());

        assertThat(resources.count()).isEqualTo(before);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    /** The seeded people: the demo users and the first.last ids of the seed (other tests use ids without a dot). */
    private Map<String, ResourceView> seeded() {
        return pool.list(null, null).stream()
                .filter(person -> DEMO_USERS.contains(person.userId()) || person.userId().contains("."))
                .collect(Collectors.toMap(ResourceView::userId, Function.identity()));
    }
}
