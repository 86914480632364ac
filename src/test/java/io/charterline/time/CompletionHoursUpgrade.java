package io.charterline.time;

import io.charterline.support.Migrations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the release before V14, where a completed package's actual_hours held only what its assignee
 * added at completion on top of its time entries, upgraded as an operator's database is on the first start of the
 * new release: A was completed with 10 h after entries of 2.5 h and 3 h, B with 5 h and no entries, C is open with
 * an entry of 4 h.
 */
final class CompletionHoursUpgrade {

    private static final MigrationVersion BEFORE_TOTALS = MigrationVersion.fromVersion("13");

    private CompletionHoursUpgrade() {
    }

    /** The packages' actual_hours after the upgrade, by code (null where the column is null). */
    static Map<String, BigDecimal> upgrade(DataSource dataSource, String vendor) {
        Migrations.flyway(dataSource, vendor).target(BEFORE_TOTALS).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO project (project_key, name, objectives, business_case, sponsor_id, manager_id, "
                + "budget, target_start, target_end, strategic, status, created_at, updated_at, version) VALUES "
                + "('PRJ-2025-0007', 'Upgrade', 'o', 'b', 'sponsor', 'pm', 1000, DATE '2025-03-03', "
                + "DATE '2025-06-30', FALSE, 'EXECUTING', TIMESTAMP '2025-03-01 09:00:00', "
                + "TIMESTAMP '2025-03-01 09:00:00', 0)");
        pack(jdbc, "A", 1, "DONE", new BigDecimal("10"));
        pack(jdbc, "B", 2, "DONE", new BigDecimal("5"));
        pack(jdbc, "C", 3, "IN_PROGRESS", null);
        entry(jdbc, "A", "2.5");
        entry(jdbc, "A", "3");
        entry(jdbc, "C", "4");
        Migrations.flyway(dataSource, vendor).load().migrate();
        Map<String, BigDecimal> actual = new HashMap<>();
        jdbc.query("SELECT code, actual_hours FROM work_package WHERE project_key = 'PRJ-2025-0007'",
                row -> {
                    actual.put(row.getString("code"), row.getBigDecimal("actual_hours"));
                });
        return actual;
    }

    private static void pack(JdbcTemplate jdbc, String code, int position, String state, BigDecimal actualHours) {
        jdbc.update("INSERT INTO work_package (project_key, code, position, name, estimate_hours, skill, skill_level, "
                + "predecessors, state, assignee, actual_hours, row_version) VALUES ('PRJ-2025-0007', ?, ?, ?, 8, "
                + "'JAVA', 2, '', ?, 'dev1', ?, 0)", code, position, "Package " + code, state, actualHours);
    }

    private static void entry(JdbcTemplate jdbc, String code, String hours) {
        jdbc.update("INSERT INTO time_entry (project_key, work_package, person, entry_date, hours, booked_by, "
                + "booked_at) VALUES ('PRJ-2025-0007', ?, 'dev1', DATE '2025-03-04', ?, 'dev1', "
                + "TIMESTAMP '2025-03-04 17:00:00')", code, new BigDecimal(hours));
    }
}
