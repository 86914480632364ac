package io.charterline.resource;

import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import org.springframework.stereotype.Component;

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
        BodyRequest.requireCallerInAny("Only the PMO and administrators may add or change people of the pool",
                ResourceController.PMO, ResourceController.ADMINS);
        return BodyRequest.pathVariable("userId").map(userId -> pool.updateErrors(userId, body))
                .orElseGet(() -> pool.createErrors(body));
    }
}
