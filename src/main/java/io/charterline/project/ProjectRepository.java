package io.charterline.project;

import jakarta.persistence.LockModeType;
import java.util.Collection;
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
     * The outlines of the 200 last changed: read as values, not entities, so that neither their other columns nor
     * a snapshot for the transaction's flush is made for them.
     */
    @Query("select new io.charterline.project.ProjectOutline(p.id, p.key, p.name, p.objectives, p.status) "
            + "from Project p where p.status in :statuses order by p.updatedAt desc, p.id desc limit 200")
    List<ProjectOutline> findLast200OutlinesByStatusIn(List<ProjectStatus> statuses);

    /** Rows of a project's id and the key of one of its related services, for the projects {@code ids}. */
    @Query("select p.id, s from Project p join p.relatedServices s where p.id in :ids")
    List<Object[]> findRelatedServicesOf(Collection<Long> ids);
}
