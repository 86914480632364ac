package io.charterline.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChangeLogRepository extends JpaRepository<ChangeLogEntry, Long> {

    List<ChangeLogEntry> findByProjectIdOrderByIdAsc(Long projectId);

    List<ChangeLogEntry> findByChangeRequestKeyOrderByIdAsc(String changeRequestKey);

    /** Each of the project's changes with the time of its last entry of one of the given events. */
    @Query("""
            select e.changeRequestKey, max(e.loggedAt) from ChangeLogEntry e
            where e.projectId = :projectId and e.event in :events group by e.changeRequestKey""")
    List<Object[]> lastLoggedAt(Long projectId, Collection<ChangeEvent> events);
}
