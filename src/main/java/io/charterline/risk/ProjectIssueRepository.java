package io.charterline.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectIssueRepository extends JpaRepository<ProjectIssue, Long> {

    List<ProjectIssue> findByProjectIdOrderByIdAsc(Long projectId);

    Optional<ProjectIssue> findByIdAndProjectId(Long id, Long projectId);

    List<ProjectIssue> findByProjectIdAndStatus(Long projectId, IssueStatus status);

    List<ProjectIssue> findByProjectIdAndCreatedAtAfter(Long projectId, Instant after);

    List<ProjectIssue> findByProjectIdAndSettlementClosedAtAfter(Long projectId, Instant after);

    @Query("select i.severity, count(i) from ProjectIssue i where i.projectId = :projectId and i.status = :status "
            + "group by i.severity")
    List<Object[]> countBySeverity(Long projectId, IssueStatus status);
}
