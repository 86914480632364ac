package io.charterline.change;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    Optional<ChangeRequest> findByKey(String key);

    List<ChangeRequest> findByProjectIdOrderByCreatedAtAsc(Long projectId);

    List<ChangeRequest> findByStatusIn(Collection<ChangeStatus> statuses);
}
