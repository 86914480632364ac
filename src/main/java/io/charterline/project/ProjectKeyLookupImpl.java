package io.charterline.project;

import io.charterline.platform.persistence.NaturalKeyLookup;
import jakarta.persistence.EntityManager;

class ProjectKeyLookupImpl extends NaturalKeyLookup<Project> implements ProjectKeyLookup {

    ProjectKeyLookupImpl(EntityManager entityManager) {
        super(entityManager, Project.class);
    }
}
