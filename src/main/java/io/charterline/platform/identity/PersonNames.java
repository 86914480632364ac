package io.charterline.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People by the names the engine's identity service knows them by, as Cockpit and Tasklist greet them. */
@Component
public class PersonNames {

    private final IdentityService identityService;

    public PersonNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * First and last name ("Paul Office"); the user id when the identity service has no such user or no name for
     * them, so that someone removed since still shows as who they were. Null for null.
     */
    public String of(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    /**
     * The name with the user id after it ("Grace Lee (grace.lee)"), for a form where a person types the id; the id
     * alone when there is no name. Null for null.
     */
    public String withId(String userId) {
        String name = of(userId);
        return name == null || name.equals(userId) ? name : name + " (" + userId + ")";
    }
}
