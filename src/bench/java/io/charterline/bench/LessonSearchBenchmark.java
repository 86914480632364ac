package io.charterline.bench;

import io.charterline.lessons.LessonQuery;
import io.charterline.lessons.LessonSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Full-text lesson search (LessonSearch, PostgreSQL's GIN index) over a growing table of generated lessons: words
 * drawn from a project vocabulary with a few frequent and many rare ones, as real lessons have. Times one search
 * of one or two words, first page.
 */
final class LessonSearchBenchmark {

    private static final String[] WORDS = ("migration vendor estimate budget schedule slip testing pilot clerks "
            + "database outage rollback freeze window network switch licence cloud integration interface api "
            + "security review staffing overtime contractor onboarding training acceptance sponsor scope creep "
            + "requirement defect regression performance capacity backlog release deployment runbook monitoring "
            + "escalation risk supplier contract invoice approval governance steering meeting communication "
            + "stakeholder dependency handover documentation architecture design prototype usability mobile "
            + "portal payroll ledger warehouse scanner crm erp kubernetes storage backup archive").split(" ");

    private final Random random = new Random(7);
    private final DataSource dataSource;
    private final LessonSearch search;
    private int stored;

    LessonSearchBenchmark(ConfigurableApplicationContext context) {
        this.dataSource = context.getBean(DataSource.class);
        this.search = context.getBean(LessonSearch.class);
    }

    /** Adds generated lessons until the table holds {@code total} (of ours), then refreshes the statistics. */
    void fillTo(int total) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long projectId;
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT min(id) FROM project")) {
                rows.next();
                projectId = rows.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lesson (project_id, phase, "
                    + "category, what_happened, impact, recommendation, tags, source, author, created_at) "
                    + "VALUES (?, 'EXECUTION', 'OBSERVATION', ?, ?, ?, ?, 'PERSON', 'pm', ?)")) {
                for (; stored < total; stored++) {
                    insert.setLong(1, projectId);
                    insert.setString(2, sentence(14));
                    insert.setString(3, sentence(8));
                    insert.setString(4, sentence(10));
                    insert.setString(5, word() + "," + word());
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if (stored % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE lesson");
            }
            connection.commit();
        }
    }

    List<Double> measure(int warmUp, int samples) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + samples; i++) {
            String text = random.nextBoolean() ? word() : word() + " " + word();
            long start = System.nanoTime();
            search.search(LessonQuery.of(text, null, null, null, null, null));
            if (i >= warmUp) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(word());
        }
        return text.toString();
    }

    /** Skewed: low indexes (common words) far more often than high ones. */
    private String word() {
        double skew = random.nextDouble();
        return WORDS[(int) (skew * skew * WORDS.length)];
    }
}
