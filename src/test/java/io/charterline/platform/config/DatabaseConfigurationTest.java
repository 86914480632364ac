package io.charterline.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.CharterlineApplication;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

/** What an operator sees when the postgres profile is started without a usable database. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseConfigurationTest {

    private static final String FAILURE_BANNER = "APPLICATION FAILED TO START";

    @Test
    void postgresProfileWithoutDatabaseUrlStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> startWithPostgresProfile()).isNotNull();

        FailureReport report = FailureReport.onlyOneIn(output);
        assertThat(report.description()).contains("'CHARTERLINE_DB_URL'")
                .contains("Set the environment variable CHARTERLINE_DB_URL")
                .contains("jdbc:postgresql://");
    }

    @Test
    void unreachableDatabaseStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> startWithPostgresProfile("--CHARTERLINE_DB_URL=jdbc:postgresql://127.0.0.1:1/none"))
                .isNotNull();

        FailureReport report = FailureReport.onlyOneIn(output);
        assertThat(report.description())
                .startsWith("Charterline could not connect to its database at jdbc:postgresql://127.0.0.1:1/none")
                .contains("refused");
        assertThat(report.action()).contains("CHARTERLINE_DB_URL");
    }

    /** Starts without the machine's environment variables, so a CHARTERLINE_DB_URL set here cannot leak in. */
    private static void startWithPostgresProfile(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        String[] withRandomPort = Stream.concat(Stream.of("--server.port=0"), Arrays.stream(args))
                .toArray(String[]::new);
        new SpringApplicationBuilder(CharterlineApplication.class)
                .environment(environment)
                .profiles("postgres")
                .run(withRandomPort);
    }

    /** The "Description" and "Action" of Spring Boot's failure-analysis report. */
    private record FailureReport(String description, String action) {

        static FailureReport onlyOneIn(CapturedOutput output) {
            String all = output.getAll();
            int banner = all.indexOf(FAILURE_BANNER);
            assertThat(banner).as("a failure-analysis report in:%n%s", all).isNotNegative();
            assertThat(all.indexOf(FAILURE_BANNER, banner + 1)).as("a second report").isNegative();
            String report = all.substring(banner);
            int description = report.indexOf("Description:");
            int action = report.indexOf("Action:");
            assertThat(description).as("report with a description:%n%s", report).isNotNegative();
            assertThat(action).as("report with an action:%n%s", report).isGreaterThan(description);
            return new FailureReport(report.substring(description + "Description:".length(), action).strip(),
                    report.substring(action + "Action:".length()).strip());
        }
    }
}
