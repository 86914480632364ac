package io.charterline.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, ChangeRequestKeyLookup {

    @Query("select c from ChangeRequest c where c.projectId = :projectId order by c.createdAt")
    List<ChangeRequest> findByProjectIdOrderByCreatedAtAsc(Long projectId);

    List<ChangeRequest> findByStatusIn(Collection<ChangeStatus> statuses);
}
