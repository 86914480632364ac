package io.charterline.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

    List<StatusReport> findByProjectIdOrderByCycleNumber(Long projectId);

    /** The status cycles alone, without the closeout snapshot. */
    List<StatusReport> findByProjectIdAndCloseoutFalseOrderByCycleNumber(Long projectId);

    Optional<StatusReport> findByProjectIdAndCloseoutTrue(Long projectId);

    Optional<StatusReport> findFirstByProjectIdOrderByCycleNumberDesc(Long projectId);

    @Query("select coalesce(max(r.cycleNumber), 0) from StatusReport r where r.projectId = :projectId")
    int lastCycleNumber(Long projectId);

    /** The latest report of each of the given projects that has one. */
    @Query("""
            select r from StatusReport r
            where r.projectId in :projectIds
              and r.cycleNumber = (select max(l.cycleNumber) from StatusReport l where l.projectId = r.projectId)""")
    List<StatusReport> findLatestOf(Collection<Long> projectIds);
}
