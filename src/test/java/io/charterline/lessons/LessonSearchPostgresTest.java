package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The lessons search on PostgreSQL: full-text search over the stored, GIN-indexed vector of migration V10_1. */
@PostgresSpringTest
@TestPropertySource(properties = "charterline.test.context=lesson-search-postgres")
class LessonSearchPostgresTest extends LessonSearchContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void vendorMigrationIndexesTheStoredVector() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'idx_lesson_search'",
                String.class)).contains("USING gin (search_vector)");
    }

    @Test
    void searchVectorIsGeneratedFromTheLessonText() {
        assertThat(jdbc.queryForObject("select generation_expression from information_schema.columns"
                + " where table_name = 'lesson' and column_name = 'search_vector'", String.class))
                .contains("to_tsvector('english'");
    }
}
