package io.charterline.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What {@link BodyRules} know of the request their body came with. They run while the body is read, before the
 * controller's method and its {@code @PreAuthorize}, so they take the path and the caller from here.
 */
public final class BodyRequest {

    private BodyRequest() {
    }

    /** The value of the path's template variable {@code name}, as {@code key} in /api/projects/{key}/risks. */
    @SuppressWarnings("unchecked")
    public static Optional<String> pathVariable(String name) {
        Map<String, String> path = (Map<String, String>) RequestContextHolder.currentRequestAttributes()
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return Optional.ofNullable(path == null ? null : path.get(name));
    }

    /** The signed-in caller's user id, or null. */
    public static String callerId() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? null : caller.getName();
    }

    /** The caller's groups: the engine's groups are the authorities of our API's users. */
    public static List<String> callerGroups() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? List.of()
                : caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    public static boolean callerInAny(String... groups) {
        return callerGroups().stream().anyMatch(Set.of(groups)::contains);
    }

    /** Refuses (403) a caller in none of the groups, as the controller's {@code @PreAuthorize} would. */
    public static void requireCallerInAny(String refusal, String... groups) {
        if (!callerInAny(groups)) {
            throw new AccessDeniedException(refusal);
        }
    }
}
