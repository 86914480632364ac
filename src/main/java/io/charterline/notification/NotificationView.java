package io.charterline.notification;

import java.time.Instant;

/**
 * A notification as our API shows it. Whether it went out, not where: the webhook URL is configuration and often
 * carries the channel's secret token. The idempotency key is the one the webhook received in its header, so a
 * reader can match the two.
 *
 * @param recipients the recipients' user ids, comma-separated
 * @param delivered  false when no webhook is configured and the notification was only recorded
 */
public record NotificationView(String idempotencyKey, String projectKey, String event, String recipients,
                               String subject, boolean delivered, Instant createdAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getIdempotencyKey(), notification.getProjectKey(),
                notification.getEvent(), notification.getRecipients(), notification.getSubject(),
                notification.getDeliveredTo() != null, notification.getCreatedAt());
    }
}
