package io.charterline.closing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CloseoutReportRepository extends JpaRepository<CloseoutReport, Long> {

    @Query("select r from CloseoutReport r where r.projectId = :projectId")
    Optional<CloseoutReport> findByProjectId(Long projectId);
}
