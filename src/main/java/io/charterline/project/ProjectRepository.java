package io.charterline.project;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long>, ProjectKeyLookup {

    /** The project with its row locked (SELECT ... FOR UPDATE) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.key = :key")
    Optional<Project> findLockedByKey(String key);

    List<Project> findByStatusIn(List<ProjectStatus> statuses);

    /**
     * The 200 last changed. Their services come lazily, 32 projects per statement (batch fetch size): fetched in
     * the same query, the limit could not be applied by the database and every finished project was read.
     */
    List<Project> findTop200ByStatusInOrderByUpdatedAtDescIdDesc(List<ProjectStatus> statuses);
}
