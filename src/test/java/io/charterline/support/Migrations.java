package io.charterline.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Charterline's Flyway migrations as the application runs them, for tests that upgrade a database step by step. */
public final class Migrations {

    private Migrations() {
    }

    /** The shared migrations and those of the vendor ({@code h2} or {@code postgresql}), on the data source. */
    public static FluentConfiguration flyway(DataSource dataSource, String vendor) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
    }
}
