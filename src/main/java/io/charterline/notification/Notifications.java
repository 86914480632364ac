package io.charterline.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends notifications to the configured webhook and records each one. Sending happens inside the calling
 * step's transaction: when the webhook fails, nothing is recorded and the step fails, so the engine retries
 * it; when the record cannot commit after a delivery, the retry sends the same idempotency key again.
 */
@Service
@EnableConfigurationProperties(NotificationSettings.class)
public class Notifications {

    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository notifications;
    private final NotificationSettings settings;
    private final RestClient webhook;
    private final Clock clock;

    public Notifications(NotificationRepository notifications, NotificationSettings settings,
            RestClient.Builder restClients, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.webhook = restClients.requestFactory(requests).build();
    }

    @Transactional
    public void send(NotificationMessage message) {
        if (notifications.existsByIdempotencyKey(message.idempotencyKey())) {
            log.info("Notification {} was sent before; not sending it again", message.idempotencyKey());
            return;
        }
        String deliveredTo = deliver(message);
        notifications.save(new Notification(message, deliveredTo, clock.instant()));
    }

    /**
     * Sends a notice about something already stored, outside the step that stored it: a webhook that is down costs
     * the notice, never what it reports, so the failure is logged, not thrown.
     */
    @Transactional
    public void sendAfterTheFact(NotificationMessage message) {
        try {
            send(message);
        } catch (NotificationNotDeliveredException notDelivered) {
            log.warn("What the {} notice for {} reports is stored, but the notice was not sent: {}", message.event(),
                    message.projectKey(), notDelivered.getMessage());
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> of(String projectKey) {
        return notifications.findByProjectKeyOrderByCreatedAtAsc(projectKey);
    }

    private String deliver(NotificationMessage message) {
        if (!settings.hasWebhook()) {
            log.info("No webhook configured (charterline.notifications.webhook-url); recorded only: {}",
                    message.subject());
            return null;
        }
        String target = settings.webhookUrl().toString();
        try {
            webhook.post().uri(settings.webhookUrl())
                    .header(IDEMPOTENCY_KEY_HEADER, message.idempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(message)
                    .retrieve()
                    .toBodilessEntity();
            return target;
        } catch (RestClientResponseException refused) {
            throw new NotificationNotDeliveredException("Notification '%s' was not delivered: the webhook %s answered %s"
                    .formatted(message.subject(), target, refused.getStatusCode()), refused);
        } catch (ResourceAccessException unreachable) {
            throw new NotificationNotDeliveredException("Notification '%s' was not delivered: the webhook %s cannot be reached (%s)"
                    .formatted(message.subject(), target, unreachable.getMostSpecificCause()), unreachable);
        }
    }
}
