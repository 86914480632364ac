package io.charterline.lessons;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByProjectIdOrderByIdAsc(Long projectId);

    /** Read-only: a new charter's related lessons only read them (see {@code ProjectRepository}). */
    @Query("select l from Lesson l where l.projectId in :projectIds")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<Lesson> findReadOnlyByProjectIdIn(Collection<Long> projectIds);
}
