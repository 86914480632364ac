package io.charterline.platform.config;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Turns "connection refused" deep in a bean-creation stack into one message that names what to fix. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String sqlState = cause.getSQLState();
        boolean connectionFailure = (sqlState != null && sqlState.startsWith("08"))
                || (sqlState != null && sqlState.startsWith("28"));
        if (!connectionFailure) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        return new FailureAnalysis(
                "Charterline could not connect to its database at " + url + ": " + cause.getMessage(),
                "Check CHARTERLINE_DB_URL (the JDBC URL), CHARTERLINE_DB_USER and CHARTERLINE_DB_PASSWORD, "
                        + "and that the PostgreSQL server is running and reachable.",
                cause);
    }
}
