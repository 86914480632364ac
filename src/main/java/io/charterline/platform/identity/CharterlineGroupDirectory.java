package io.charterline.platform.identity;

import static io.charterline.platform.identity.CharterlineGroups.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates each Charterline group that does not exist yet, in every profile: the models' candidate groups and the
 * authorizations name them, so without them a first production start would leave an administrator to create seven
 * groups by hand with exactly these ids. Groups that exist keep their names; an identity provider that is read-only
 * (LDAP) brings its own groups.
 */
class CharterlineGroupDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CharterlineGroupDirectory.class);

    record GroupEntry(String id, String name, String type) {
    }

    static final List<GroupEntry> GROUPS = List.of(
            new GroupEntry(SPONSORS, "Sponsors", "WORKFLOW"),
            new GroupEntry(PMO, "Project Management Office", "WORKFLOW"),
            new GroupEntry(PROJECT_MANAGERS, "Project managers", "WORKFLOW"),
            new GroupEntry(CCB, "Change control board", "WORKFLOW"),
            new GroupEntry(TEAM_MEMBERS, "Team members", "WORKFLOW"),
            new GroupEntry(REQUESTERS, "Requesters", "WORKFLOW"),
            new GroupEntry(PROCESS_OWNERS, "Process owners", "WORKFLOW"),
            new GroupEntry(ADMINS, "Camunda administrators", "SYSTEM"));

    private final IdentityService identityService;

    CharterlineGroupDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    void createMissing() {
        if (identityService.isReadOnly()) {
            return;
        }
        for (GroupEntry entry : GROUPS) {
            if (identityService.createGroupQuery().groupId(entry.id()).count() == 0) {
                Group group = identityService.newGroup(entry.id());
                group.setName(entry.name());
                group.setType(entry.type());
                identityService.saveGroup(group);
                LOG.info("Created group '{}' ({})", entry.id(), entry.name());
            }
        }
    }
}
