package io.charterline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@PostgresSpringTest
class PostgresSpringTestSupportTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TestRestTemplate rest;

    @Test
    void applicationRunsOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("project-lifecycle").count())
                .isEqualTo(1);
        assertThat(rest.withBasicAuth("pm", "pm").getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
