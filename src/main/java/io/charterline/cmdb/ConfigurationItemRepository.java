package io.charterline.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfigurationItemRepository extends JpaRepository<ConfigurationItem, Long> {

    Optional<ConfigurationItem> findByKey(String key);

    List<ConfigurationItem> findByKeyIn(Collection<String> keys);
}
