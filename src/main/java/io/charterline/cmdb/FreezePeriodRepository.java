package io.charterline.cmdb;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FreezePeriodRepository extends JpaRepository<FreezePeriod, Long> {

    @Query("select f from FreezePeriod f left join fetch f.item order by f.from, f.id")
    List<FreezePeriod> findAllWithItems();

    void deleteByItem(ConfigurationItem item);
}
