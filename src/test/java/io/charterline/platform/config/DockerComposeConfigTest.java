package io.charterline.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the application agree: the app containers get exactly the variables that
 * application.yaml and application-postgres.yaml read, run the postgres profile and wait for a healthy database. Docker is not
 * needed; CI also checks the file's syntax with {@code docker-compose config -q}.
 */
class DockerComposeConfigTest {

    private static final Pattern ENVIRONMENT_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private static Map<String, Map<String, Object>> services;
    private static Set<String> appServices;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
        appServices = new TreeSet<>();
        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                appServices.add(name);
            }
        });
    }

    @Test
    void composeRunsOneNodeByDefaultAndASecondUnderTheClusterProfile() {
        assertThat(appServices).containsExactly("app", "app-2");
        assertThat(services.get("app")).doesNotContainKey("profiles");
        assertThat(services.get("app").get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("8080:8080");
        assertThat(services.get("app-2").get("profiles")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("cluster");
        assertThat(services.get("app-2").get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("8081:8080");
        assertThat(map(services.get("app-2").get("depends_on")).get("app")).as("second node waits for the first")
                .isEqualTo(Map.of("condition", "service_healthy"));
    }

    @Test
    void appGetsExactlyTheVariablesThePostgresProfileReads() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String file : new String[] {"application.yaml", "application-postgres.yaml"}) {
            Matcher placeholder = ENVIRONMENT_PLACEHOLDER.matcher(
                    Files.readString(Path.of("src/main/resources", file)));
            while (placeholder.find()) {
                read.add(placeholder.group(1));
            }
        }
        assertThat(read).contains("CHARTERLINE_DB_URL", "CHARTERLINE_DB_USER", "CHARTERLINE_DB_PASSWORD",
                "CHARTERLINE_ADMIN_USER", "CHARTERLINE_ADMIN_PASSWORD");

        for (String app : appServices) {
            Set<String> given = new TreeSet<>(environment(app).keySet());
            given.remove("SPRING_PROFILES_ACTIVE");
            assertThat(given).as("variables compose gives %s", app).isEqualTo(read);
        }
    }

    @Test
    void appRunsThePostgresProfile() {
        for (String app : appServices) {
            assertThat(environment(app)).as(app).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
        }
    }

    @Test
    void appStartsOnlyOncePostgresqlIsHealthy() {
        // the major version the PostgreSQL tests run on (the embedded 17.x binaries)
        assertThat(String.valueOf(services.get("postgres").get("image"))).isEqualTo("postgres:17");
        assertThat(services.get("postgres")).containsKey("healthcheck");
        for (String app : appServices) {
            assertThat(map(services.get(app).get("depends_on")).get("postgres")).as(app)
                    .isEqualTo(Map.of("condition", "service_healthy"));
        }
    }

    @Test
    void appConnectsAsTheUserPostgresqlIsCreatedWith() {
        Map<String, Object> database = map(services.get("postgres").get("environment"));
        for (String app : appServices) {
            assertThat(environment(app)).as(app)
                    .containsEntry("CHARTERLINE_DB_URL", "jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"))
                    .containsEntry("CHARTERLINE_DB_USER", database.get("POSTGRES_USER"))
                    .containsEntry("CHARTERLINE_DB_PASSWORD", database.get("POSTGRES_PASSWORD"));
        }
    }

    private static Map<String, Object> environment(String service) {
        return map(services.get(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).as("a YAML mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }
}
