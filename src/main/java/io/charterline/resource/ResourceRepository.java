package io.charterline.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    @EntityGraph(attributePaths = {"skills", "unavailability"})
    @Query("select r from Resource r where r.userId = :userId")
    Optional<Resource> findByUserId(String userId);

    boolean existsByUserId(String userId);

    @EntityGraph(attributePaths = {"skills", "unavailability"})
    List<Resource> findAllByOrderByUserIdAsc();

    @EntityGraph(attributePaths = {"skills", "unavailability"})
    @Query("""
            select r from Resource r
            where exists (select 1 from Resource o join o.skills s
                          where o = r and s.skill = :skill and s.level >= :minLevel)
            order by r.userId""")
    List<Resource> findWithSkill(String skill, int minLevel);

    /** Active people offering at least one of the skills, with skills and days away, for an assignment run. */
    @EntityGraph(attributePaths = {"skills", "unavailability"})
    @Query("""
            select r from Resource r
            where r.active = true
              and exists (select 1 from Resource o join o.skills s where o = r and s.skill in :skills)""")
    List<Resource> findActiveWithAnySkill(Collection<String> skills);

    @EntityGraph(attributePaths = {"skills", "unavailability"})
    @Query("select r from Resource r where r.id in :ids")
    List<Resource> findWithCalendarByIdIn(Collection<Long> ids);
}
