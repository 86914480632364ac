package io.charterline.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first administrator, used only while nobody is a direct member of camunda-admin. */
@ConfigurationProperties("charterline.admin")
public record AdminProperties(@DefaultValue("admin") String user, String password) {
}
