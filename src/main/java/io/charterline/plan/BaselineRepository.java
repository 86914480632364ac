package io.charterline.plan;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code baseline} and {@code baseline_work_package} tables; snapshot rows are written in JDBC batches. */
@Repository
class BaselineRepository {

    private static final int BATCH_SIZE = 1000;

    /** A baseline row without its packages. */
    record Header(long id, String projectKey, int version, BaselineStatus status, Instant createdAt,
                  String createdBy, String reason, String changeRequestId, Instant approvedAt, long rowVersion,
                  LocalDate startDate, LocalDate finishDate, int durationDays, BigDecimal totalHours,
                  BigDecimal budgetAtCompletion) {
    }

    /** Who made a new baseline and why. */
    record Origin(String createdBy, String reason, String changeRequestId) {
    }

    private final JdbcTemplate jdbc;

    BaselineRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Header> header(String projectKey, int version) {
        return jdbc.query("SELECT * FROM baseline WHERE project_key = ? AND version = ?", BaselineRepository::header,
                projectKey, version).stream().findFirst();
    }

    /** The approved baseline, else the draft, else none. */
    Optional<Header> current(String projectKey) {
        return jdbc.query("SELECT * FROM baseline WHERE project_key = ? AND status IN ('APPROVED', 'DRAFT') "
                        + "ORDER BY CASE status WHEN 'APPROVED' THEN 0 ELSE 1 END, version DESC",
                BaselineRepository::header, projectKey).stream().findFirst();
    }

    /** Every version of the project's baseline, oldest first. */
    List<Header> headers(String projectKey) {
        return jdbc.query("SELECT * FROM baseline WHERE project_key = ? ORDER BY version", BaselineRepository::header,
                projectKey);
    }

    Optional<Header> approved(String projectKey) {
        return jdbc.query("SELECT * FROM baseline WHERE project_key = ? AND status = 'APPROVED'",
                BaselineRepository::header, projectKey).stream().findFirst();
    }

    int latestVersion(String projectKey) {
        Integer latest = jdbc.queryForObject("SELECT MAX(version) FROM baseline WHERE project_key = ?",
                Integer.class, projectKey);
        return latest == null ? 0 : latest;
    }

    /** Each of {@code codes} as the latest version of the project's baseline that planned it planned it. */
    Map<String, PlannedPackage> latestPlanned(String projectKey, Collection<String> codes) {
        Map<String, PlannedPackage> planned = new HashMap<>();
        if (codes.isEmpty()) {
            return planned;
        }
        String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
        List<Object> arguments = new ArrayList<>();
        arguments.add(projectKey);
        arguments.addAll(codes);
        // Oldest first: a later version's package replaces an earlier one's.
        jdbc.query("SELECT p.* FROM baseline_work_package p JOIN baseline b ON b.id = p.baseline_id "
                + "WHERE b.project_key = ? AND p.code IN (" + in + ") ORDER BY b.version",
                row -> {
                    planned.put(row.getString("code"), plannedPackage(row));
                }, arguments.toArray());
        return planned;
    }

    Baseline load(Header header) {
        List<PlannedPackage> packages = new ArrayList<>();
        SortedMap<Integer, String> criticalPath = new TreeMap<>();
        jdbc.query("SELECT * FROM baseline_work_package WHERE baseline_id = ? ORDER BY position", row -> {
            PlannedPackage p = plannedPackage(row);
            packages.add(p);
            int pathPosition = row.getInt("critical_path_position");
            if (!row.wasNull()) {
                criticalPath.put(pathPosition, p.code());
            }
        }, header.id());
        return new Baseline(header.projectKey(), header.version(), header.status(), header.createdAt(),
                header.createdBy(), header.reason(), header.changeRequestId(), header.approvedAt(),
                header.rowVersion(), new Plan(header.startDate(), header.finishDate(), header.durationDays(),
                header.totalHours(), header.budgetAtCompletion(), packages, List.copyOf(criticalPath.values())));
    }

    void delete(long id) {
        jdbc.update("DELETE FROM baseline_work_package WHERE baseline_id = ?", id);
        jdbc.update("DELETE FROM baseline WHERE id = ?", id);
    }

    long insert(String projectKey, int version, BaselineStatus status, Origin origin, Instant now, Plan plan) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO baseline (project_key, version, "
                    + "status, created_at, created_by, reason, change_request_id, start_date, finish_date, "
                    + "duration_days, budget_at_completion, total_hours, package_count, approved_at, row_version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"});
            statement.setString(1, projectKey);
            statement.setInt(2, version);
            statement.setString(3, status.name());
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setString(5, origin.createdBy());
            statement.setString(6, origin.reason());
            statement.setString(7, origin.changeRequestId());
            statement.setDate(8, Date.valueOf(plan.startDate()));
            statement.setDate(9, Date.valueOf(plan.finishDate()));
            statement.setInt(10, plan.durationDays());
            statement.setBigDecimal(11, plan.budgetAtCompletion());
            statement.setBigDecimal(12, plan.totalHours());
            statement.setInt(13, plan.packages().size());
            statement.setTimestamp(14, status == BaselineStatus.APPROVED ? Timestamp.from(now) : null);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        insertPackages(id, plan);
        return id;
    }

    /** Moves a baseline on from the status it was read in; false if someone changed it in between. */
    boolean changeStatus(Header header, BaselineStatus to, Instant now) {
        if (to == BaselineStatus.APPROVED) {
            return jdbc.update("UPDATE baseline SET status = 'APPROVED', approved_at = ?, row_version = row_version + 1 "
                            + "WHERE id = ? AND status = ? AND row_version = ?",
                    Timestamp.from(now), header.id(), header.status().name(), header.rowVersion()) == 1;
        }
        return jdbc.update("UPDATE baseline SET status = ?, row_version = row_version + 1 "
                        + "WHERE id = ? AND status = ? AND row_version = ?",
                to.name(), header.id(), header.status().name(), header.rowVersion()) == 1;
    }

    private void insertPackages(long baselineId, Plan plan) {
        List<PlannedPackage> packages = plan.packages();
        Map<String, Integer> pathPosition = new HashMap<>();
        for (int i = 0; i < plan.criticalPath().size(); i++) {
            pathPosition.put(plan.criticalPath().get(i), i);
        }
        jdbc.batchUpdate("INSERT INTO baseline_work_package (baseline_id, code, position, name, estimate_hours, "
                        + "skill, skill_level, predecessors, duration_days, early_start, early_finish, late_start, "
                        + "late_finish, total_float, critical, critical_path_position, planned_start, planned_finish, "
                        + "hourly_rate, planned_cost, assignee) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, packages.size()).boxed().toList(), BATCH_SIZE, (statement, position) -> {
                    PlannedPackage p = packages.get(position);
                    ScheduledPackage s = p.schedule();
                    WorkPackageSpec spec = p.spec();
                    statement.setLong(1, baselineId);
                    statement.setString(2, spec.code());
                    statement.setInt(3, position);
                    statement.setString(4, spec.name().strip());
                    statement.setBigDecimal(5, spec.estimateHours());
                    statement.setString(6, spec.skill());
                    statement.setInt(7, spec.skillLevel());
                    statement.setString(8, String.join(" ", spec.predecessors()));
                    statement.setInt(9, s.durationDays());
                    statement.setInt(10, s.earlyStart());
                    statement.setInt(11, s.earlyFinish());
                    statement.setInt(12, s.lateStart());
                    statement.setInt(13, s.lateFinish());
                    statement.setInt(14, s.totalFloat());
                    statement.setBoolean(15, s.critical());
                    statement.setObject(16, pathPosition.get(spec.code()), Types.INTEGER);
                    statement.setDate(17, Date.valueOf(s.plannedStart()));
                    statement.setDate(18, Date.valueOf(s.plannedFinish()));
                    statement.setBigDecimal(19, p.hourlyRate());
                    statement.setBigDecimal(20, p.plannedCost());
                    statement.setString(21, p.assignee());
                });
    }

    private static PlannedPackage plannedPackage(ResultSet row) throws SQLException {
        String predecessors = row.getString("predecessors");
        WorkPackageSpec spec = new WorkPackageSpec(row.getString("code"), row.getString("name"),
                row.getBigDecimal("estimate_hours"), row.getString("skill"), row.getInt("skill_level"),
                predecessors == null || predecessors.isBlank() ? List.of() : Arrays.asList(predecessors.split(" ")));
        ScheduledPackage scheduled = new ScheduledPackage(spec, row.getInt("duration_days"), row.getInt("early_start"),
                row.getInt("early_finish"), row.getInt("late_start"), row.getInt("late_finish"),
                row.getInt("total_float"), row.getBoolean("critical"), row.getDate("planned_start").toLocalDate(),
                row.getDate("planned_finish").toLocalDate());
        return new PlannedPackage(scheduled, row.getBigDecimal("hourly_rate"), row.getBigDecimal("planned_cost"),
                row.getString("assignee"));
    }

    private static Header header(ResultSet row, int rowNumber) throws SQLException {
        Timestamp approvedAt = row.getTimestamp("approved_at");
        return new Header(row.getLong("id"), row.getString("project_key"), row.getInt("version"),
                BaselineStatus.valueOf(row.getString("status")), row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"), row.getString("reason"), row.getString("change_request_id"),
                approvedAt == null ? null : approvedAt.toInstant(), row.getLong("row_version"),
                row.getDate("start_date").toLocalDate(), row.getDate("finish_date").toLocalDate(),
                row.getInt("duration_days"), row.getBigDecimal("total_hours"),
                row.getBigDecimal("budget_at_completion"));
    }
}
