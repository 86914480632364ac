package io.charterline.closing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CloseoutReportRepository extends JpaRepository<CloseoutReport, Long> {

    Optional<CloseoutReport> findByProjectId(Long projectId);
}
