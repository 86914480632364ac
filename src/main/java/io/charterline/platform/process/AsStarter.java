package io.charterline.platform.process;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs our services as the user who started a process, with their groups. A start in Tasklist carries only the
 * engine's authentication (the webapp signs its users in itself), while our services read the user of the request
 * from Spring Security as our API sets it; without this they would act for nobody. The previous context is restored.
 */
public final class AsStarter {

    private AsStarter() {
    }

    public static <T> T call(String userId, List<String> groups, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext starter = SecurityContextHolder.createEmptyContext();
        starter.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null,
                groups.stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(starter);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
