package io.charterline.change;

import io.charterline.platform.persistence.NaturalKeyLookup;
import jakarta.persistence.EntityManager;

class ChangeRequestKeyLookupImpl extends NaturalKeyLookup<ChangeRequest> implements ChangeRequestKeyLookup {

    ChangeRequestKeyLookupImpl(EntityManager entityManager) {
        super(entityManager, ChangeRequest.class);
    }
}
