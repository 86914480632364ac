package io.charterline.badinput;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of Charterline's own tables and of the engine's runtime state (instances, tasks, variables, jobs,
 * subscriptions) and its history of instances and tasks. Two equal snapshots mean nothing was written between.
 */
record Snapshot(Map<String, List<String>> rowsByTable) {

    private static final List<String> ENGINE_TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_variable",
            "act_ru_identitylink", "act_ru_job", "act_ru_event_subscr", "act_hi_procinst", "act_hi_taskinst");

    static Snapshot take(JdbcTemplate jdbc) {
        List<String> tables = new ArrayList<>(jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name NOT LIKE 'act\\_%' AND table_name <> 'flyway_schema_history'
                """, String.class));
        tables.addAll(ENGINE_TABLES);
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            List<String> content = new ArrayList<>(jdbc.query("SELECT * FROM " + table, Snapshot::row));
            content.sort(null);
            rows.put(table, content);
        }
        return new Snapshot(rows);
    }

    private static String row(ResultSet resultSet, int number) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= resultSet.getMetaData().getColumnCount(); column++) {
            row.append(resultSet.getMetaData().getColumnName(column)).append('=')
                    .append(resultSet.getString(column)).append(' ');
        }
        return row.toString();
    }
}
