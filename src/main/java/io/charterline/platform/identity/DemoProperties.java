package io.charterline.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterline.demo.enabled}: demo users and demo projects; on by default, off under the postgres profile. */
@ConfigurationProperties("charterline.demo")
public record DemoProperties(boolean enabled) {
}
