package io.charterline.plan;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code work_package} table. Plans reach 50,000 packages, so rows go in and out in JDBC batches rather
 * than one entity at a time; single updates check {@code row_version} so concurrent changes cannot overwrite
 * each other unnoticed.
 */
@Repository
class WorkPackageRepository {

    private static final int BATCH_SIZE = 1000;
    private static final String COLUMNS = "project_key, code, name, estimate_hours, skill, skill_level, predecessors, "
            + "planned_start, planned_finish, state, assignee, actual_hours, completion_note, completed_by, "
            + "completed_at, process_instance_id, released_at, row_version";

    private final JdbcTemplate jdbc;

    WorkPackageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkPackage> findByProject(String projectKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM work_package WHERE project_key = ? ORDER BY position",
                WorkPackageRepository::map, projectKey);
    }

    List<WorkPackage> findByProjectAndStates(String projectKey, Collection<WorkPackageState> states) {
        String in = String.join(",", states.stream().map(state -> "'" + state.name() + "'").toList());
        return jdbc.query("SELECT " + COLUMNS + " FROM work_package WHERE project_key = ? AND state IN (" + in
                + ") ORDER BY position", WorkPackageRepository::map, projectKey);
    }

    Optional<WorkPackage> find(String projectKey, String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM work_package WHERE project_key = ? AND code = ?",
                WorkPackageRepository::map, projectKey, code).stream().findFirst();
    }

    /**
     * For each of the person's DONE packages of all projects released at or after {@code from} and completed before
     * {@code until}: its actual hours less the hours booked on it as time entries, by anyone (negative where the
     * entries exceed them). One statement for the whole span, as every completion and time entry reads it: the
     * entries are summed here rather than through {@link BookedHours#onPackage} once per package.
     */
    List<BigDecimal> completedBeyondEntries(String person, Instant from, Instant until) {
        return jdbc.queryForList("SELECT p.actual_hours - (SELECT COALESCE(SUM(t.hours), 0) FROM time_entry t "
                + "WHERE t.project_key = p.project_key AND t.work_package = p.code) FROM work_package p "
                + "WHERE p.completed_by = ? AND p.state = 'DONE' AND p.released_at >= ? AND p.completed_at < ?",
                BigDecimal.class, person, Timestamp.from(from), Timestamp.from(until));
    }

    /** The person's completed packages whose days, from release to completion, reach into [from, until). */
    List<WorkPackage> findCompletedOver(String person, Instant from, Instant until) {
        return jdbc.query("SELECT " + COLUMNS + " FROM work_package WHERE completed_by = ? AND state = 'DONE' "
                + "AND released_at < ? AND completed_at >= ?", WorkPackageRepository::map, person,
                Timestamp.from(until), Timestamp.from(from));
    }

    int count(String projectKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM work_package WHERE project_key = ?", Integer.class,
                projectKey);
    }

    int countOpen(String projectKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM work_package WHERE project_key = ? AND state IN "
                + "('PLANNED', 'READY', 'IN_PROGRESS')", Integer.class, projectKey);
    }

    void deleteByProject(String projectKey) {
        jdbc.update("DELETE FROM work_package WHERE project_key = ?", projectKey);
    }

    /** New packages in state PLANNED, each at its position in the plan. */
    void insertPlanned(String projectKey, List<PlannedPackage> plan, List<Integer> positions) {
        jdbc.batchUpdate("INSERT INTO work_package (project_key, code, position, name, estimate_hours, skill, "
                        + "skill_level, predecessors, planned_start, planned_finish, state, assignee, row_version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, 0)",
                positions, BATCH_SIZE, (statement, position) -> {
                    PlannedPackage p = plan.get(position);
                    WorkPackageSpec spec = p.spec();
                    statement.setString(1, projectKey);
                    statement.setString(2, spec.code());
                    statement.setInt(3, position);
                    statement.setString(4, spec.name().strip());
                    statement.setBigDecimal(5, spec.estimateHours());
                    statement.setString(6, spec.skill());
                    statement.setInt(7, spec.skillLevel());
                    statement.setString(8, String.join(" ", spec.predecessors()));
                    statement.setDate(9, Date.valueOf(p.schedule().plannedStart()));
                    statement.setDate(10, Date.valueOf(p.schedule().plannedFinish()));
                    statement.setString(11, p.assignee());
                });
    }

    /**
     * The plan's side of existing packages, each moved to its position in the plan; what was done on them stays.
     * A cancelled package that the plan holds again is PLANNED again.
     */
    void updatePlanned(String projectKey, List<PlannedPackage> plan, List<Integer> positions) {
        jdbc.batchUpdate("UPDATE work_package SET position = ?, name = ?, estimate_hours = ?, skill = ?, "
                        + "skill_level = ?, predecessors = ?, planned_start = ?, planned_finish = ?, "
                        + "state = CASE WHEN state = 'CANCELLED' THEN 'PLANNED' ELSE state END, "
                        + "row_version = row_version + 1 WHERE project_key = ? AND code = ?",
                positions, BATCH_SIZE, (statement, position) -> {
                    PlannedPackage p = plan.get(position);
                    WorkPackageSpec spec = p.spec();
                    statement.setInt(1, position);
                    statement.setString(2, spec.name().strip());
                    statement.setBigDecimal(3, spec.estimateHours());
                    statement.setString(4, spec.skill());
                    statement.setInt(5, spec.skillLevel());
                    statement.setString(6, String.join(" ", spec.predecessors()));
                    statement.setDate(7, Date.valueOf(p.schedule().plannedStart()));
                    statement.setDate(8, Date.valueOf(p.schedule().plannedFinish()));
                    statement.setString(9, projectKey);
                    statement.setString(10, p.code());
                });
    }

    void cancel(String projectKey, List<String> codes) {
        jdbc.batchUpdate("UPDATE work_package SET state = 'CANCELLED', row_version = row_version + 1 "
                        + "WHERE project_key = ? AND code = ? AND state IN ('PLANNED', 'READY', 'IN_PROGRESS')",
                codes, BATCH_SIZE, (statement, code) -> {
                    statement.setString(1, projectKey);
                    statement.setString(2, code);
                });
    }

    int cancelOpen(String projectKey) {
        return jdbc.update("UPDATE work_package SET state = 'CANCELLED', row_version = row_version + 1 "
                + "WHERE project_key = ? AND state IN ('PLANNED', 'READY', 'IN_PROGRESS')", projectKey);
    }

    /** Writes the execution side of one package if nobody changed it since it was read. */
    boolean update(WorkPackage changed) {
        return jdbc.update("UPDATE work_package SET state = ?, assignee = ?, actual_hours = ?, completion_note = ?, "
                        + "completed_by = ?, completed_at = ?, process_instance_id = ?, released_at = ?, "
                        + "row_version = row_version + 1 "
                        + "WHERE project_key = ? AND code = ? AND row_version = ?",
                changed.state().name(), changed.assignee(), changed.actualHours(), changed.completionNote(),
                changed.completedBy(), timestamp(changed.completedAt()),
                changed.processInstanceId(), timestamp(changed.releasedAt()), changed.projectKey(), changed.code(),
                changed.rowVersion()) == 1;
    }

    private static WorkPackage map(ResultSet row, int rowNumber) throws SQLException {
        String predecessors = row.getString("predecessors");
        Date plannedStart = row.getDate("planned_start");
        Date plannedFinish = row.getDate("planned_finish");
        Timestamp completedAt = row.getTimestamp("completed_at");
        Timestamp releasedAt = row.getTimestamp("released_at");
        return new WorkPackage(row.getString("project_key"), row.getString("code"), row.getString("name"),
                row.getBigDecimal("estimate_hours"), row.getString("skill"), row.getInt("skill_level"),
                predecessors == null || predecessors.isBlank() ? List.of() : Arrays.asList(predecessors.split(" ")),
                plannedStart == null ? null : plannedStart.toLocalDate(),
                plannedFinish == null ? null : plannedFinish.toLocalDate(),
                WorkPackageState.valueOf(row.getString("state")), row.getString("assignee"),
                row.getBigDecimal("actual_hours"), row.getString("completion_note"), row.getString("completed_by"),
                completedAt == null ? null : completedAt.toInstant(), row.getString("process_instance_id"),
                releasedAt == null ? null : releasedAt.toInstant(), row.getLong("row_version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
