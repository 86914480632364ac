package io.charterline.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code charter_decision} table: a project's latest charter decision. */
@Repository
public class CharterDecisionRepository {

    private static final String COLUMNS = "project_key, decision, reason, decided_by, decided_at";

    private final JdbcTemplate jdbc;

    CharterDecisionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the decision, replacing the project's earlier one (a review after a rework). */
    public void record(String projectKey, CharterDecision decision) {
        jdbc.update("DELETE FROM charter_decision WHERE project_key = ?", projectKey);
        jdbc.update("INSERT INTO charter_decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", projectKey,
                decision.decision(), decision.reason(), decision.decidedBy(), Timestamp.from(decision.decidedAt()));
    }

    public Optional<CharterDecision> find(String projectKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM charter_decision WHERE project_key = ?",
                CharterDecisionRepository::map, projectKey).stream().findFirst();
    }

    Map<String, CharterDecision> findAll() {
        Map<String, CharterDecision> decisions = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM charter_decision",
                row -> {
                    decisions.put(row.getString("project_key"), map(row, 0));
                });
        return decisions;
    }

    private static CharterDecision map(ResultSet row, int rowNumber) throws SQLException {
        return new CharterDecision(row.getString("decision"), row.getString("reason"), row.getString("decided_by"),
                row.getTimestamp("decided_at").toInstant());
    }
}
