package io.charterline.notification;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The e-mail addresses a notification's recipients have in the engine's identity service; none for the others. */
@Component
public class RecipientEmails {

    private final IdentityService identities;

    public RecipientEmails(IdentityService identities) {
        this.identities = identities;
    }

    public List<String> of(List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return identities.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .map(User::getEmail).filter(Objects::nonNull).toList();
    }
}
