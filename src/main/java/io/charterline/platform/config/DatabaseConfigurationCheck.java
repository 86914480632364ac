package io.charterline.platform.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Under the postgres profile the database must be named by the operator; without it Spring would quietly
 * fall back or fail deep inside the pool. This stops startup at once with the property to set.
 */
public class DatabaseConfigurationCheck implements EnvironmentPostProcessor {

    static final String DB_URL = "CHARTERLINE_DB_URL";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
            return;
        }
        String url = environment.getProperty(DB_URL, "");
        if (url.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(DB_URL, url,
                    "The postgres profile needs the JDBC URL of its database. Set the environment variable "
                            + DB_URL + ", for example jdbc:postgresql://localhost:5432/charterline, together with "
                            + "CHARTERLINE_DB_USER and CHARTERLINE_DB_PASSWORD.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new InvalidConfigurationPropertyValueException(DB_URL, url,
                    DB_URL + " must be a PostgreSQL JDBC URL starting with 'jdbc:postgresql:'.");
        }
    }
}
