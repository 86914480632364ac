package io.charterline.platform.identity;

import static io.charterline.platform.identity.CharterlineGroups.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo users (password = user id); created only when demo data is on, in the groups that
 * {@link CharterlineGroupDirectory} creates in every profile.
 */
class DemoIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("sponsor", "Sofia", "Sponsor", List.of(SPONSORS, REQUESTERS)),
            new DemoUser("pmo", "Paul", "Office", List.of(PMO, REQUESTERS)),
            new DemoUser("pm", "Priya", "Manager", List.of(PROJECT_MANAGERS, REQUESTERS)),
            new DemoUser("ccb1", "Carla", "Board", List.of(CCB)),
            new DemoUser("ccb2", "Chen", "Board", List.of(CCB)),
            new DemoUser("ccb3", "Chris", "Board", List.of(CCB)),
            new DemoUser("dev1", "Dana", "Developer", List.of(TEAM_MEMBERS)),
            new DemoUser("dev2", "Dmitri", "Developer", List.of(TEAM_MEMBERS)),
            new DemoUser("dev3", "Dee", "Developer", List.of(TEAM_MEMBERS)),
            new DemoUser("requester", "Rita", "Requester", List.of(REQUESTERS)),
            new DemoUser("owner", "Oscar", "Owner", List.of(PROCESS_OWNERS)),
            new DemoUser("admin", "Ada", "Admin", List.of(ADMINS)));

    private final IdentityService identityService;

    DemoIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    void create() {
        for (DemoUser demoUser : USERS) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demoUser.id());
            user.setFirstName(demoUser.firstName());
            user.setLastName(demoUser.lastName());
            user.setEmail(demoUser.id() + "@charterline.example");
            user.setPassword(demoUser.id());
            identityService.saveUser(user);
            demoUser.groups().forEach(groupId -> identityService.createMembership(demoUser.id(), groupId));
            LOG.info("Created demo user '{}' in {}", demoUser.id(), demoUser.groups());
        }
    }
}
