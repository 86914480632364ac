package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the plan upload, as a client generator or a reader of Swagger UI gets it. */
@CharterlineWebTest
class WorkPackageApiDocsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void jsonUploadIsDocumentedAsAnArrayOfWorkPackagesAndCsvAsText() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm").getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode docs = response.getBody();
        JsonNode content = docs.at("/paths/~1api~1projects~1{key}~1work-packages/post/requestBody/content");

        JsonNode json = content.at("/application~1json/schema");
        assertThat(json.path("type").asText()).as("request body %s", content).isEqualTo("array");
        assertThat(json.path("format").isMissingNode()).isTrue();
        assertThat(json.at("/items/$ref").asText()).isEqualTo("#/components/schemas/WorkPackageSpec");
        JsonNode item = docs.at("/components/schemas/WorkPackageSpec");
        assertThat(item.path("type").asText()).as("work package %s", item).isEqualTo("object");
        assertThat(item.path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "name", "estimateHours", "skill", "skillLevel", "predecessors");

        JsonNode csv = content.at("/text~1csv/schema");
        assertThat(csv.path("type").asText()).as("request body %s", content).isEqualTo("string");
        assertThat(csv.path("format").isMissingNode()).isTrue();
    }
}
