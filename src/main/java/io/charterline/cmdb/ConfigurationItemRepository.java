package io.charterline.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConfigurationItemRepository extends JpaRepository<ConfigurationItem, Long> {

    Optional<ConfigurationItem> findByKey(String key);

    List<ConfigurationItem> findByKeyIn(Collection<String> keys);

    List<ConfigurationItem> findAllByOrderByKeyAsc();

    @Query("select new io.charterline.cmdb.ServiceNode(c.key, c.name, c.criticality) from ConfigurationItem c")
    List<ServiceNode> findAllNodes();

    @Query("select new io.charterline.cmdb.Dependency(c.key, d.key) from ConfigurationItem c join c.dependsOn d")
    List<Dependency> findAllDependencies();

    /** Rows of the item's key and one of its maintenance windows. */
    @Query("select c.key, w from ConfigurationItem c join c.maintenanceWindows w")
    List<Object[]> findAllMaintenanceWindows();
}
