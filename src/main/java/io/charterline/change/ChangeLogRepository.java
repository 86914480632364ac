package io.charterline.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeLogRepository extends JpaRepository<ChangeLogEntry, Long> {

    List<ChangeLogEntry> findByProjectIdOrderByIdAsc(Long projectId);

    List<ChangeLogEntry> findByChangeRequestKeyOrderByIdAsc(String changeRequestKey);

    List<ChangeLogEntry> findByProjectIdAndEventInOrderByIdAsc(Long projectId, Collection<ChangeEvent> events);
}
