package io.charterline.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go. Without a webhook URL they are only recorded, which is what the demo does; with one,
 * a failed delivery fails the step, which the engine retries and finally reports as an incident.
 */
@ConfigurationProperties("charterline.notifications")
public record NotificationSettings(URI webhookUrl, @DefaultValue("10s") Duration timeout) {

    boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.toString().isBlank();
    }
}
