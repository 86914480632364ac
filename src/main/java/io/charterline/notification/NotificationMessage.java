package io.charterline.notification;

import java.util.List;

/**
 * What a webhook receives. The idempotency key is the same on every attempt of one process step, so a receiver
 * can drop a repeat when a delivery went out but the step's transaction did not commit.
 */
public record NotificationMessage(
        String idempotencyKey,
        String event,
        String projectKey,
        String projectName,
        String outcome,
        String subject,
        List<String> recipientIds,
        List<String> recipientEmails,
        String reportPath) {
}
