package io.charterline.platform.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as Charterline itself rather than as the user of the request. A requester may open change
 * control on a project (our API checks who may) without the engine right to modify the project's lifecycle
 * instance or to evaluate decisions at will; the user's engine identity is restored afterwards.
 */
@Component
public class EngineAsApplication {

    private final IdentityService identityService;

    public EngineAsApplication(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null && user.isAuthenticated()) {
                identityService.setAuthentication(user.getName(), user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> !authority.startsWith("ROLE_"))
                        .toList());
            }
        }
    }
}
