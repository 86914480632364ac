package io.charterline.lessons;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByProjectIdOrderByIdAsc(Long projectId);

    List<Lesson> findByProjectIdIn(Collection<Long> projectIds);
}
