package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** V14 on PostgreSQL, in a database of its own (see {@link CompletionHoursUpgrade}). */
@PostgresSpringTest
class CompletionHoursUpgradePostgresTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void completedPackagesKeepTheirActualHoursAsTotalsAndOpenOnesStayWithout() {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE completion_hours_upgrade");

        Map<String, BigDecimal> actual = CompletionHoursUpgrade.upgrade(
                postgres.getDatabase("postgres", "completion_hours_upgrade"), "postgresql");

        assertThat(actual.get("A")).isEqualByComparingTo("15.5");
        assertThat(actual.get("B")).isEqualByComparingTo("5");
        assertThat(actual).containsEntry("C", null);
    }
}
