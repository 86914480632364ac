package io.charterline.resource;

import io.charterline.project.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** Booked hours per person and week, summed over the unreleased bookings of projects in those states. */
    @Query("""
            select new io.charterline.resource.BookedWeek(a.resourceId, a.weekStart, sum(a.hours))
            from Assignment a, Project p
            where p.key = a.projectKey and p.status in :statuses and a.releasedAt is null
              and a.weekStart between :firstWeek and :lastWeek
            group by a.resourceId, a.weekStart""")
    List<BookedWeek> sumBookedWeeks(Collection<ProjectStatus> statuses, LocalDate firstWeek, LocalDate lastWeek);

    @Query("""
            select new io.charterline.resource.BookedWeek(a.resourceId, a.weekStart, sum(a.hours))
            from Assignment a, Project p
            where p.key = a.projectKey and p.status in :statuses and a.releasedAt is null
              and a.resourceId = :resourceId and a.weekStart between :firstWeek and :lastWeek
            group by a.resourceId, a.weekStart""")
    List<BookedWeek> sumBookedWeeksOf(long resourceId, Collection<ProjectStatus> statuses, LocalDate firstWeek,
                                      LocalDate lastWeek);

    /**
     * The project's unreleased bookings with the person's user id, by package and week. JPQL rather than a
     * derived query: Hibernate keeps the translation of a query string, and builds a derived query's anew each call.
     */
    @Query("""
            select new io.charterline.resource.BookedPackageWeek(a.packageCode, r.userId, a.weekStart, a.hours)
            from Assignment a, Resource r
            where r.id = a.resourceId and a.projectKey = :projectKey and a.releasedAt is null
            order by a.packageCode, a.weekStart""")
    List<BookedPackageWeek> findBookedWeeks(String projectKey);

    @Modifying
    @Query("update Assignment a set a.releasedAt = :now where a.projectKey = :projectKey and a.releasedAt is null")
    int release(String projectKey, Instant now);

    @Modifying
    @Query("""
            update Assignment a set a.releasedAt = :now
            where a.projectKey = :projectKey and a.packageCode = :packageCode and a.releasedAt is null""")
    int release(String projectKey, String packageCode, Instant now);

    /** Whether the person was ever booked on the project, released bookings included. */
    @Query("""
            select count(a) > 0 from Assignment a, Resource r
            where r.id = a.resourceId and a.projectKey = :projectKey and r.userId = :userId""")
    boolean isBookedOn(String projectKey, String userId);

    @Modifying
    @Query("""
            update Assignment a set a.releasedAt = :now
            where a.projectKey = :projectKey and a.packageCode = :packageCode and a.releasedAt is null
              and a.weekStart > :lastWeek""")
    int releaseAfter(String projectKey, String packageCode, LocalDate lastWeek, Instant now);
}
