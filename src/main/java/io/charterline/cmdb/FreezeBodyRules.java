package io.charterline.cmdb;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules of a global freeze's body with values of the wrong type, as {@link ServiceCatalog#freezeAll} refuses
 * them; the caller who may not change the catalog is refused first.
 */
@Component
class FreezeBodyRules implements BodyRules<ServiceInput.FreezeInput> {

    @Override
    public Class<ServiceInput.FreezeInput> bodyType() {
        return ServiceInput.FreezeInput.class;
    }

    @Override
    public List<InvalidField> errorsOf(ServiceInput.FreezeInput body) {
        BodyRequest.requireCallerInAny(ServiceBodyRules.REFUSAL, CharterlineGroups.PMO, CharterlineGroups.ADMINS);
        return ServiceValidator.freeze("", body);
    }
}
