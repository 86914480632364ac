package io.charterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI description as Swagger UI shows it to a newcomer. */
@CharterlineWebTest
class ApiDocumentationTest {

    @Autowired
    TestRestTemplate rest;

    private JsonNode docs() {
        return rest.withBasicAuth("pm", "pm").getForObject("/v3/api-docs", JsonNode.class);
    }

    @Test
    void theDescriptionIsCalledCharterlineApiWithTheBuildsVersion() {
        JsonNode info = docs().path("info");

        assertThat(info.path("title").asText()).isEqualTo("Charterline API");
        assertThat(info.path("version").asText()).as("info %s", info).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("description").asText()).contains("HTTP Basic");
    }

    @Test
    void everyOperationAsksForHttpBasicSoSwaggerUiOffersAuthorize() {
        JsonNode docs = docs();

        JsonNode scheme = docs.at("/components/securitySchemes/basic");
        assertThat(scheme.path("type").asText()).as("schemes %s", docs.path("components")).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(docs.at("/security/0/basic").isArray()).as("security %s", docs.path("security")).isTrue();
    }

    @Test
    void operationsAreGroupedByFeatureNotByControllerClass() {
        JsonNode docs = docs();
        Set<String> declared = new HashSet<>();
        docs.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        List<String> used = new ArrayList<>();
        docs.path("paths").forEach(path -> path.forEach(operation ->
                operation.path("tags").forEach(tag -> used.add(tag.asText()))));

        assertThat(declared).contains("Projects", "Time entries", "Change requests")
                .noneMatch(name -> name.endsWith("-controller"));
        assertThat(used).isNotEmpty().allSatisfy(tag -> assertThat(declared).contains(tag));
        docs.path("tags").forEach(tag -> assertThat(tag.path("description").asText()).as("tag %s", tag).isNotBlank());
    }

    @Test
    void resourceUtilisationSaysWhatItMeasures() {
        JsonNode schemas = docs().at("/components/schemas");

        assertThat(schemas.at("/PortfolioEntry/properties/resourceUtilisation/description").asText())
                .contains("overbooked");
        assertThat(schemas.at("/StatusReportView/properties/resourceUtilisation/description").asText())
                .as("status report %s", schemas.path("StatusReportView")).contains("overbooked");
    }

    @Test
    void theCloseoutSnapshotsResourceUtilisationSaysItIsOverTheProjectsLifeAndWhyItMayBeAbsent() {
        String utilisation = docs().at("/components/schemas/StatusReportView/properties/resourceUtilisation"
                + "/description").asText();

        assertThat(utilisation).contains("In the closeout snapshot (closeout = true) the resource utilisation over "
                + "the project's life", "null (not 0) when nobody of the resource pool booked hours on the project");
    }

    @Test
    void scheduleAdherenceAndTheOnTimeShareSayHowTheyDiffer() {
        JsonNode view = docs().at("/components/schemas/StatusReportView/properties");

        assertThat(view.at("/scheduleAdherence/description").asText()).contains("Not the on-time share");
        assertThat(view.at("/onTimeShare/description").asText()).contains("Not schedule adherence");
    }

    @Test
    void theForecastFinishSaysItAssumesWorkInProgressFinishesOnPlan() {
        JsonNode view = docs().at("/components/schemas/StatusReportView/properties");

        assertThat(view.at("/forecastFinishDate/description").asText())
                .contains("It assumes that work in progress finishes on its planned dates")
                .contains("a cycle rated AMBER or RED for schedule can be forecast on time");
    }

    @Test
    void theCloseoutSnapshotSaysWhenTheProjectFinishedAgainstItsPlan() {
        JsonNode view = docs().at("/components/schemas/StatusReportView/properties");

        assertThat(view.at("/actualFinish/description").asText()).contains("to compare with plannedFinish");
        assertThat(view.at("/finishLateDays/description").asText()).contains("this is how late it finished");
    }

    @Test
    void aChangesSlipAndTheLatenessThePlanAlreadyHasSayHowTheyDiffer() {
        JsonNode impact = docs().at("/components/schemas/ImpactAnalysis/properties");

        assertThat(impact.at("/scheduleSlipDays/description").asText()).contains("Not the lateness");
        assertThat(impact.at("/forecastLateDays/description").asText()).contains("Not part of scheduleSlipDays")
                .contains("negative when it lies before it because begun work is ahead");
        assertThat(impact.at("/forecastFinishDate/description").asText()).contains("without the change");
    }

    @Test
    void aLessonsRelevanceAndWhatItMatchedSayHowToReadThem() {
        JsonNode schemas = docs().at("/components/schemas");

        assertThat(schemas.at("/LessonView/properties/relevance/description").asText())
                .as("lesson %s", schemas.path("LessonView")).contains("Higher is better")
                .contains("not as a percentage").contains("whatHappened or in the tags weighs most");
        assertThat(schemas.at("/LessonView/properties/matched/description").asText())
                .contains("each word of q that was found");
        assertThat(schemas.at("/LessonPage/properties/hint/description").asText())
                .contains("Only when nothing matched");
    }

    @Test
    void operationsThatCreateDocument201WithTheLocationAndDeletesDocument204() {
        JsonNode paths = docs().path("paths");

        for (String created : List.of("/api/projects", "/api/projects/{key}/risks", "/api/projects/{key}/issues",
                "/api/projects/{key}/change-requests", "/api/services", "/api/resources", "/api/freeze-periods",
                "/api/projects/{key}/time-entries")) {
            JsonNode responses = paths.path(created).path("post").path("responses");
            assertThat(responses.has("201")).as("POST %s answers %s", created, responses).isTrue();
            assertThat(responses.has("200")).as("POST %s answers %s", created, responses).isFalse();
        }
        assertThat(paths.at("/~1api~1projects~1{key}~1risks/post/responses/201/headers/Location").isObject())
                .isTrue();
        assertThat(paths.at("/~1api~1projects~1{key}~1risks/post/responses/201/content").isObject()).isTrue();
        assertThat(paths.at("/~1api~1projects~1{key}~1work-packages/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1freeze-periods~1{id}/delete/responses").has("204")).isTrue();
        assertThat(paths.at("/~1api~1freeze-periods~1{id}/delete/responses").has("200")).isFalse();
    }

    @Test
    void inputsNameTheirRequiredFieldsWithDescriptionsAndWholeNumbers() {
        JsonNode schemas = docs().at("/components/schemas");

        assertThat(schemas.at("/RiskInput/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("title", "probability", "impact", "owner");
        assertThat(schemas.at("/RiskInput/properties/probability/type").asText()).isEqualTo("integer");
        assertThat(schemas.at("/RiskInput/properties/impact/description").asText()).contains("1 (negligible)");
        assertThat(schemas.at("/IssueInput/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("title", "severity", "owner");
        assertThat(schemas.at("/IssueInput/properties/closingNote/description").asText()).contains("required when");
        assertThat(schemas.at("/RiskInput/description").asText()).contains("PUT replaces every field");
        assertThat(schemas.at("/CharterInput/required")).extracting(JsonNode::asText)
                .contains("name", "sponsor", "budget", "targetStart", "targetEnd").doesNotContain("strategic");
        assertThat(schemas.at("/TimeEntryInput/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("workPackage", "date", "hours");
        assertThat(schemas.at("/ChangeRequestInput/properties/requestedType/description").asText())
                .contains("EMERGENCY");
        assertThat(schemas.at("/TerminationRequest/required")).extracting(JsonNode::asText).containsExactly("reason");
        assertThat(schemas.at("/TerminationRequest/properties/reason/description").asText()).contains("2,000");
        assertThat(schemas.at("/WorkPackageChange/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("action", "code");
        assertThat(schemas.at("/WorkPackageChange/properties/skillLevel/description").asText())
                .contains("required for ADD");
    }
}
