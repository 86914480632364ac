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

    @Query("select new io.charterline.cmdb.ServiceNode(c.key, c.name, c.criticality) from ConfigurationItem c "
            + "where c.key in :keys")
    List<ServiceNode> findNodes(Collection<String> keys);

    /** The dependencies of the items {@code dependents}: edges to the items they depend on. */
    @Query("select new io.charterline.cmdb.Dependency(c.key, d.key) from ConfigurationItem c join c.dependsOn d "
            + "where c.key in :dependents")
    List<Dependency> findDependenciesOf(Collection<String> dependents);

    /** The dependencies on the items {@code dependedOn}: edges from the items that depend on them. */
    @Query("select new io.charterline.cmdb.Dependency(c.key, d.key) from ConfigurationItem c join c.dependsOn d "
            + "where d.key in :dependedOn")
    List<Dependency> findDependenciesOn(Collection<String> dependedOn);

    /** Rows of the item's key and one of its maintenance windows. */
    @Query("select c.key, w from ConfigurationItem c join c.maintenanceWindows w")
    List<Object[]> findAllMaintenanceWindows();

    /** Rows of the item's key and one of its maintenance windows, for the items {@code keys}. */
    @Query("select c.key, w from ConfigurationItem c join c.maintenanceWindows w where c.key in :keys")
    List<Object[]> findMaintenanceWindows(Collection<String> keys);
}
