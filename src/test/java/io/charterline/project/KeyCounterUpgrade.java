package io.charterline.project;

import io.charterline.support.Migrations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database that handed out keys with the yearly key_counter of V1 (highest number 41 for PRJ, in 2025, and 3
 * for CR) and was then upgraded to the key sequences of V11, as an operator's database is on its first start of
 * the new release.
 */
final class KeyCounterUpgrade {

    private static final MigrationVersion SEQUENCES = MigrationVersion.fromVersion("11");

    /** The year of the keys handed out after the upgrade. */
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private KeyCounterUpgrade() {
    }

    static BusinessKeys upgrade(DataSource dataSource, String vendor) throws Exception {
        Migrations.flyway(dataSource, vendor).target(lastVersionBefore(SEQUENCES, dataSource, vendor)).load().migrate();
        new JdbcTemplate(dataSource).update("INSERT INTO key_counter (prefix, counter_year, last_value) VALUES "
                + "('PRJ', 2025, 41), ('PRJ', 2026, 14), ('CR', 2025, 2), ('CR', 2026, 3)");
        Migrations.flyway(dataSource, vendor).load().migrate();
        return new BusinessKeys(dataSource, IN_2026);
    }

    /** The vendors' migrations before V11 differ (PostgreSQL has V10_1, H2 ends with V10). */
    private static MigrationVersion lastVersionBefore(MigrationVersion version, DataSource dataSource, String vendor) {
        return Arrays.stream(Migrations.flyway(dataSource, vendor).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(candidate -> candidate.compareTo(version) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
