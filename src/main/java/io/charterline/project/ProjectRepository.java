package io.charterline.project;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ProjectRepository extends JpaRepository<Project, Long>, ProjectKeyLookup {

    /** The project with its row locked (SELECT ... FOR UPDATE) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.key = :key")
    Optional<Project> findLockedByKey(String key);

    List<Project> findByStatusIn(List<ProjectStatus> statuses);

    /**
     * The 200 last changed, read-only: the caller only reads them, and its transaction's flush then has 200
     * fewer entities to check for changes. Their services come lazily, 32 projects per statement (batch fetch
     * size): fetched in the same query, the limit could not be applied by the database and every finished
     * project was read.
     */
    @Query("select p from Project p where p.status in :statuses order by p.updatedAt desc, p.id desc limit 200")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<Project> findLast200ChangedByStatusIn(List<ProjectStatus> statuses);
}
