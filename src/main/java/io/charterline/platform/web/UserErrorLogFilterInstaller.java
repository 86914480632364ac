package io.charterline.platform.web;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds {@link UserErrorLogFilter} to Logback once Spring Boot has configured it. Added in code rather than in a
 * {@code logback-spring.xml}, so Boot's own setup (console, and a file when {@code logging.file.name} is set) stays
 * as it is.
 */
@Component
class UserErrorLogFilterInstaller {

    UserErrorLogFilterInstaller() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(UserErrorLogFilter.class::isInstance)) {
            UserErrorLogFilter filter = new UserErrorLogFilter();
            filter.setContext(logback);
            filter.start();
            logback.addTurboFilter(filter);
        }
    }
}
