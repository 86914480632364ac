package io.charterline.cmdb;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The catalog's rules for a service's body with values of the wrong type, so that one answer names those and the
 * broken rules together: a POST's as {@link ServiceCatalog#create}, a PUT's (its path names the service) as
 * {@link ServiceCatalog#update}. The caller who may not change the catalog is refused first.
 */
@Component
class ServiceBodyRules implements BodyRules<ServiceInput> {

    static final String REFUSAL = "Only the PMO and administrators may change the service catalog";

    private final ServiceCatalog catalog;

    ServiceBodyRules(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Class<ServiceInput> bodyType() {
        return ServiceInput.class;
    }

    @Override
    public List<InvalidField> errorsOf(ServiceInput body) {
        BodyRequest.requireCallerInAny(REFUSAL, CharterlineGroups.PMO, CharterlineGroups.ADMINS);
        return BodyRequest.pathVariable("key").map(key -> catalog.updateErrors(key, body))
                .orElseGet(() -> catalog.createErrors(body));
    }
}
