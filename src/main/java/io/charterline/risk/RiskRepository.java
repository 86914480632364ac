package io.charterline.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskRepository extends JpaRepository<Risk, Long> {

    List<Risk> findByProjectIdOrderByScoreDescIdAsc(Long projectId);

    Optional<Risk> findByIdAndProjectId(Long id, Long projectId);

    List<Risk> findByProjectIdAndStatusIn(Long projectId, Collection<RiskStatus> statuses);

    List<Risk> findByProjectIdAndCreatedAtAfter(Long projectId, Instant after);

    List<Risk> findByProjectIdAndSettlementClosedAtAfter(Long projectId, Instant after);

    @Query("select r.severity, count(r) from Risk r where r.projectId = :projectId and r.status = :status "
            + "group by r.severity")
    List<Object[]> countBySeverity(Long projectId, RiskStatus status);
}
