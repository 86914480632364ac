package io.charterline.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<Notification> findByProjectKeyOrderByCreatedAtAsc(String projectKey);
}
