package io.charterline.project;

import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** The repository fragment that finds a project by its key without a query when it is already loaded. */
public interface ProjectKeyLookup {

    /** In the caller's transaction, or a read-only one of its own: the session must outlive the lookup. */
    @Transactional(readOnly = true)
    Optional<Project> findByKey(String key);
}
