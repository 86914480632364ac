package io.charterline.resource;

import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The pool's rules for a person's body with values of the wrong type, so that one answer names those and the
 * broken rules together: a POST's as {@link ResourcePool#create}, a PUT's (its path names the user) as
 * {@link ResourcePool#update}. The body is read before the controller's {@code @PreAuthorize} runs, so the caller
 * who may not edit the pool is refused here first, and learns nothing of its people.
 */
@Component
class ResourceBodyRules implements BodyRules<ResourceInput> {

    private final ResourcePool pool;

    ResourceBodyRules(ResourcePool pool) {
        this.pool = pool;
    }

    @Override
    public Class<ResourceInput> bodyType() {
        return ResourceInput.class;
    }

    @Override
    public List<InvalidField> errorsOf(ResourceInput body) {
        requireMayEdit();
        String userId = pathUserId();
        return userId == null ? pool.createErrors(body) : pool.updateErrors(userId, body);
    }

    private static void requireMayEdit() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean mayEdit = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(ResourceController.PMO)
                        || authority.equals(ResourceController.ADMINS));
        if (!mayEdit) {
            throw new AccessDeniedException("Only the PMO and administrators may add or change people of the pool");
        }
    }

    @SuppressWarnings("unchecked")
    private static String pathUserId() {
        Map<String, String> path = (Map<String, String>) RequestContextHolder.currentRequestAttributes()
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return path == null ? null : path.get("userId");
    }
}
