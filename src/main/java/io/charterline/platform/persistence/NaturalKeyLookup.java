package io.charterline.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finds an entity by its business key (a {@code @NaturalId}) through the persistence context first: one engine
 * transaction asks for the same project or change request from several delegates and listeners, and only the
 * first of them needs to go to the database.
 */
public abstract class NaturalKeyLookup<T> {

    private final EntityManager entityManager;
    private final Class<T> type;

    protected NaturalKeyLookup(EntityManager entityManager, Class<T> type) {
        this.entityManager = entityManager;
        this.type = type;
    }

    public Optional<T> findByKey(String key) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(key);
    }
}
