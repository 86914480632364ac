package io.charterline.notification;

import io.charterline.time.HoursAccess;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads a project's notifications. Their subjects name people and what was decided about them, so they are for
 * the project's people, by the rule that guards its hours ({@link HoursAccess}); and whoever a notice was sent to
 * reads the notices sent to them, since a change's requester is told of their change without being on the team. A
 * requester ({@link NoticeFollowers}) reads them from submitting on, an empty list until the first notice.
 */
@Component
class NotificationReaders {

    private final HoursAccess access;
    private final Notifications notifications;
    private final NoticeFollowers followers;

    NotificationReaders(HoursAccess access, Notifications notifications, NoticeFollowers followers) {
        this.access = access;
        this.notifications = notifications;
        this.followers = followers;
    }

    /**
     * All of the project's notifications for its people; for anyone else those sent to them.
     *
     * @throws io.charterline.platform.web.NotFoundException for an unknown project
     * @throws AccessDeniedException for someone neither one of the project's people, nor a requester of one of its
     *                               changes, nor sent any of its notices
     */
    List<Notification> readable(String projectKey, Authentication user) {
        try {
            access.requireProjectReader(projectKey, "notifications", user);
            return notifications.of(projectKey);
        } catch (AccessDeniedException notItsPeople) {
            List<Notification> theirs = notifications.of(projectKey).stream()
                    .filter(notification -> notification.isSentTo(user.getName())).toList();
            if (theirs.isEmpty() && !followers.follows(projectKey, user.getName())) {
                throw new AccessDeniedException(notItsPeople.getMessage() + "; the requesters of its changes and "
                        + "anyone else it sent a notice read only the notices sent to them");
            }
            return theirs;
        }
    }
}
