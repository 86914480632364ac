package io.charterline.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner's typo in a rule, deployed as Camunda Modeler deploys it, is refused with the decision, rule and
 * value named, and nothing is deployed; the repository's own rules pass the same check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionRuleCheckTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repositoryService;

    private static String changeClassificationWithBoardForPm() throws IOException {
        String dmn = Files.readString(Path.of("processes/change-classification.dmn"));
        String pmRoute = "<outputEntry id=\"Rule_MinorNormal_Out2\">\n          <text>\"PM\"</text>";
        assertThat(dmn).contains(pmRoute);
        return dmn.replace(pmRoute, pmRoute.replace("\"PM\"", "\"BOARD\""));
    }

    private ResponseEntity<JsonNode> deployFromModeler(String user, String fileName, String dmn) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "rule typo");
        form.add("deployment-source", "Camunda Modeler");
        form.add("data", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    @Test
    void aTypoInAnApprovalRouteIsRefusedNamingTheDecisionTheRuleAndTheValue() throws IOException {
        long versions = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey("change-classification").count();

        ResponseEntity<JsonNode> refused = deployFromModeler("owner", "change-classification.dmn",
                changeClassificationWithBoardForPm());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("change-classification.dmn: decision "
                + "change-classification, rule Rule_MinorNormal gives approvalRoute \"BOARD\", which is not one of "
                + "AUTO, PM, CCB, SPONSOR_AND_CCB, ECAB, MANUAL");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("change-classification")
                .count()).as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void aValueOutsideTheTablesOwnListIsRefusedForAnyDecision() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_RuleCheckTest"
                    name="Rule check test" namespace="https://charterline.io/dmn">
                  <decision id="rule-check-test" name="Rule check test">
                    <decisionTable id="DecisionTable_RuleCheckTest">
                      <input id="Input_Any"><inputExpression id="Input_AnyExpression" typeRef="string">
                        <text>any</text></inputExpression></input>
                      <output id="Output_Colour" name="colour" typeRef="string">
                        <outputValues id="Output_ColourValues"><text>"GREEN","RED"</text></outputValues>
                      </output>
                      <rule id="Rule_Typo">
                        <inputEntry id="Rule_Typo_In0"><text>-</text></inputEntry>
                        <outputEntry id="Rule_Typo_Out0"><text>"REDD"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;

        assertThatThrownBy(() -> repositoryService.createDeployment()
                .addString("rule-check-test.dmn", dmn).deploy())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("rule-check-test.dmn: decision rule-check-test, rule Rule_Typo gives colour "
                        + "\"REDD\", which is not one of GREEN, RED");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("rule-check-test").count())
                .isZero();
    }

    @Test
    void theRepositorysRulesGiveOnlyValuesTheProcessesKnow() throws IOException {
        for (String name : new String[] {"change-classification.dmn", "governance-tier.dmn", "project-health.dmn"}) {
            assertThat(DecisionRuleCheck.problems(name, Dmn.readModelFromFile(Path.of("processes", name).toFile())))
                    .as(name).isEmpty();
        }
    }
}
