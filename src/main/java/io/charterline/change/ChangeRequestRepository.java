package io.charterline.change;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, ChangeRequestKeyLookup {

    List<ChangeRequest> findByProjectIdOrderByCreatedAtAsc(Long projectId);

    List<ChangeRequest> findByStatusIn(Collection<ChangeStatus> statuses);
}
