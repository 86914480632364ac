package io.charterline.platform.time;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * One clock for the whole application, entities included: their created and modified times come from it through
 * Spring Data's auditing, so that every date we store agrees with the dates our services compute.
 */
@Configuration
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime")
class ClockConfiguration {

    @Bean
    ReplayClock clock() {
        return new ReplayClock(Clock.systemDefaultZone());
    }

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
