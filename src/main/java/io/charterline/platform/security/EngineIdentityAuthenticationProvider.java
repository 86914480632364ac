package io.charterline.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so Charterline, engine-rest and the
 * webapps share one user base. Each group becomes an authority both as-is and as {@code ROLE_<group>}.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    public EngineIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        return withGroups(userId);
    }

    /**
     * The user signed in to the Camunda webapps, with the groups they are in now; empty when the user no longer
     * exists (deleted in Admin while the session lived).
     */
    Optional<Authentication> signedIn(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(withGroups(userId));
    }

    private Authentication withGroups(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority(group.getId()));
            authorities.add(new SimpleGrantedAuthority("ROLE_" + group.getId()));
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
