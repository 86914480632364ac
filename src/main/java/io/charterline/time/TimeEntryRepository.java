package io.charterline.time;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code time_entry} table. */
@Repository
class TimeEntryRepository {

    private static final String COLUMNS =
            "id, project_key, work_package, person, entry_date, hours, note, booked_by, booked_at, version";

    private final JdbcTemplate jdbc;

    TimeEntryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String projectKey, String workPackage, String person, LocalDate date, BigDecimal hours, String note,
                String bookedBy, Instant bookedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO time_entry (project_key, work_package, person, "
                    + "entry_date, hours, note, booked_by, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, projectKey);
            statement.setString(2, workPackage);
            statement.setString(3, person);
            statement.setDate(4, Date.valueOf(date));
            statement.setBigDecimal(5, hours);
            statement.setString(6, note);
            statement.setString(7, bookedBy);
            statement.setTimestamp(8, Timestamp.from(bookedAt));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    TimeEntry findById(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM time_entry WHERE id = ?", TimeEntryRepository::map, id);
    }

    Optional<TimeEntry> find(String projectKey, long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM time_entry WHERE project_key = ? AND id = ?",
                TimeEntryRepository::map, projectKey, id).stream().findFirst();
    }

    /**
     * Replaces the entry's day, hours and note if it is still at the version read.
     *
     * @throws OptimisticLockingFailureException if someone changed or withdrew it meanwhile
     */
    void update(long id, long version, LocalDate date, BigDecimal hours, String note) {
        int updated = jdbc.update("UPDATE time_entry SET entry_date = ?, hours = ?, note = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", Date.valueOf(date), hours, note, id, version);
        requireOne(updated, id);
    }

    /** @throws OptimisticLockingFailureException if someone changed or withdrew it meanwhile */
    void delete(long id, long version) {
        requireOne(jdbc.update("DELETE FROM time_entry WHERE id = ? AND version = ?", id, version), id);
    }

    /** Keeps a correction or withdrawal of the entry {@code old}; returns it as stored. */
    TimeEntryCorrection recordCorrection(TimeEntry old, String action, LocalDate newDate, BigDecimal newHours,
                                         String changedBy, Instant changedAt, String reason, String oldNote,
                                         String newNote) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO time_entry_correction (entry_id, project_key, "
                    + "work_package, person, action, old_date, old_hours, new_date, new_hours, changed_by, changed_at, "
                    + "reason, old_note, new_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setLong(1, old.id());
            statement.setString(2, old.projectKey());
            statement.setString(3, old.workPackage());
            statement.setString(4, old.person());
            statement.setString(5, action);
            statement.setDate(6, Date.valueOf(old.date()));
            statement.setBigDecimal(7, old.hours());
            statement.setDate(8, newDate == null ? null : Date.valueOf(newDate));
            statement.setBigDecimal(9, newHours);
            statement.setString(10, changedBy);
            statement.setTimestamp(11, Timestamp.from(changedAt));
            statement.setString(12, reason);
            statement.setString(13, oldNote);
            statement.setString(14, newNote);
            return statement;
        }, key);
        return new TimeEntryCorrection(key.getKey().longValue(), old.id(), old.workPackage(), old.person(), action,
                old.date(), old.hours(), newDate, newHours, changedBy, changedAt, reason, oldNote, newNote);
    }

    /** The project's corrections and withdrawals, oldest first. */
    List<TimeEntryCorrection> corrections(String projectKey) {
        return jdbc.query("SELECT id, entry_id, work_package, person, action, old_date, old_hours, new_date, "
                + "new_hours, changed_by, changed_at, reason, old_note, new_note FROM time_entry_correction "
                + "WHERE project_key = ? ORDER BY id",
                (row, rowNumber) -> new TimeEntryCorrection(row.getLong("id"), row.getLong("entry_id"),
                        row.getString("work_package"), row.getString("person"), row.getString("action"),
                        row.getDate("old_date").toLocalDate(), row.getBigDecimal("old_hours"),
                        row.getDate("new_date") == null ? null : row.getDate("new_date").toLocalDate(),
                        row.getBigDecimal("new_hours"), row.getString("changed_by"),
                        row.getTimestamp("changed_at").toInstant(), row.getString("reason"),
                        row.getString("old_note"), row.getString("new_note")), projectKey);
    }

    /** Whether the person has entries on the project. */
    boolean hasEntries(String projectKey, String person) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM time_entry WHERE project_key = ? "
                + "AND person = ?", Boolean.class, projectKey, person));
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Time entry " + id + " was changed or withdrawn meanwhile");
        }
    }

    /** The project's entries, oldest day first; a null filter matches every person or package. */
    List<TimeEntry> find(String projectKey, String person, String workPackage) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM time_entry WHERE project_key = ?");
        List<Object> arguments = new ArrayList<>(List.of(projectKey));
        if (person != null) {
            sql.append(" AND person = ?");
            arguments.add(person);
        }
        if (workPackage != null) {
            sql.append(" AND work_package = ?");
            arguments.add(workPackage);
        }
        sql.append(" ORDER BY entry_date, id");
        return jdbc.query(sql.toString(), TimeEntryRepository::map, arguments.toArray());
    }

    /** What the person booked from one day to another, both included, in all projects, but the entry {@code except}. */
    BigDecimal hoursBetween(String person, LocalDate from, LocalDate to, long except) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(hours), 0) FROM time_entry WHERE person = ? "
                + "AND entry_date BETWEEN ? AND ? AND id <> ?", BigDecimal.class, person, Date.valueOf(from),
                Date.valueOf(to), except);
    }

    BigDecimal hoursOf(String projectKey, String workPackage) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(hours), 0) FROM time_entry WHERE project_key = ? "
                + "AND work_package = ?", BigDecimal.class, projectKey, workPackage);
    }

    Map<String, BigDecimal> hoursByPackage(String projectKey) {
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        jdbc.query("SELECT work_package, SUM(hours) AS total FROM time_entry WHERE project_key = ? "
                        + "GROUP BY work_package", row -> {
                    hours.put(row.getString("work_package"), row.getBigDecimal("total"));
                }, projectKey);
        return hours;
    }

    /**
     * The hours of each person who booked on the project, booked on any project from {@code from} to {@code to}
     * (both included).
     */
    Map<String, BigDecimal> hoursOfItsPeople(String projectKey, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        jdbc.query("SELECT person, SUM(hours) AS total FROM time_entry WHERE entry_date BETWEEN ? AND ? "
                        + "AND person IN (SELECT person FROM time_entry WHERE project_key = ?) GROUP BY person",
                row -> {
                    hours.put(row.getString("person"), row.getBigDecimal("total"));
                }, Date.valueOf(from), Date.valueOf(to), projectKey);
        return hours;
    }

    private static TimeEntry map(ResultSet row, int rowNumber) throws SQLException {
        return new TimeEntry(row.getLong("id"), row.getString("project_key"), row.getString("work_package"),
                row.getString("person"), row.getDate("entry_date").toLocalDate(), row.getBigDecimal("hours"),
                row.getString("note"), row.getString("booked_by"), row.getTimestamp("booked_at").toInstant(),
                row.getLong("version"));
    }
}
