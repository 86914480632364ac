package io.charterline.scope;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeStatementRepository extends JpaRepository<ScopeStatement, Long> {

    Optional<ScopeStatement> findByProjectId(Long projectId);
}
