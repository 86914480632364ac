package io.charterline.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
@RequestMapping("/api/projects/{key}/notifications")
class NotificationController {

    private final NotificationReaders readers;

    NotificationController(NotificationReaders readers) {
        this.readers = readers;
    }

    @GetMapping
    @Operation(summary = "The notifications sent about a project, oldest first; delivered is false when one was "
            + "only recorded because no webhook is configured",
            description = "Their subjects name people and decisions, so all of them are for the project's people: "
                    + "its team (booked on it, assigned its work or with hours on it), its manager and sponsor, the "
                    + "PMO and administrators. Anyone else sent one of them, or who requested one of its changes, gets "
                    + "those sent to them (empty until the first); 403 for others, 404 for an unknown project.")
    List<NotificationView> list(@PathVariable String key, Authentication user) {
        return readers.readable(key, user).stream().map(NotificationView::of).toList();
    }
}
