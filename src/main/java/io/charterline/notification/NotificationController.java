package io.charterline.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.charterline.project.ProjectRegistry;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
@RequestMapping("/api/projects/{key}/notifications")
class NotificationController {

    private final Notifications notifications;
    private final ProjectRegistry projects;

    NotificationController(Notifications notifications, ProjectRegistry projects) {
        this.notifications = notifications;
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "The notifications sent about a project, oldest first; delivered is false when one was "
            + "only recorded because no webhook is configured")
    List<NotificationView> list(@PathVariable String key) {
        projects.require(key);
        return notifications.of(key).stream().map(NotificationView::of).toList();
    }
}
