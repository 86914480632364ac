package io.charterline.project;

import static io.charterline.project.LifecycleVariables.GOVERNANCE_TIER;
import static io.charterline.project.LifecycleVariables.STATUS_CADENCE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner lowers the budget from which a project is governed as tier 2 from 250,000 to 100,000 and deploys
 * the decision alone from Camunda Modeler: the next charter is tiered by the new rule. The owner's deployment is
 * deleted afterwards, so the repository's rule is the latest again for the other tests.
 */
class ModelerDeployedGovernanceTierTest extends LifecycleTestSupport {

    private String ownersDeployment;

    @BeforeEach
    void ownerGovernsBudgetsFrom100000AsTier2() throws IOException {
        String table = Files.readString(Path.of("processes/governance-tier.dmn"));
        String rule = "<inputEntry id=\"Rule_MediumBudget_In1\">\n          <text>>= 250000</text>";
        Assertions.assertThat(table).contains(rule);
        ownersDeployment = engine.getRepositoryService().createDeployment()
                .name("governance-tier").source("Camunda Modeler")
                .addString("governance-tier.dmn", table.replace(rule, rule.replace("250000", "100000")))
                .deploy().getId();
    }

    @AfterEach
    void deleteOwnersDeployment() {
        engine.getRepositoryService().deleteDeployment(ownersDeployment, true);
    }

    @Test
    void theNextCharterIsTieredByTheRuleTheOwnerDeployedAlone() {
        ProcessInstance project = startProject(charter().budget(150_000));

        assertThat(project).isWaitingAt("Task_ReviewCharter").variables()
                .containsEntry(GOVERNANCE_TIER, 2).containsEntry(STATUS_CADENCE, "P14D");
    }
}
