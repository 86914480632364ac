package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** H2 starts the key sequences after the old key counters with a migration of its own (db/vendor/h2). */
class BusinessKeysH2Test {

    @Test
    void anUpgradedDatabaseGoesOnAfterTheHighestNumberItsKeyCounterHandedOutInAnyYear() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:key-counter-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

        BusinessKeys keys = KeyCounterUpgrade.upgrade(dataSource, "h2");

        assertThat(keys.next(BusinessKeys.PROJECT)).isEqualTo("PRJ-2026-0042");
        assertThat(keys.next(BusinessKeys.CHANGE_REQUEST)).isEqualTo("CR-2026-0004");
    }
}
