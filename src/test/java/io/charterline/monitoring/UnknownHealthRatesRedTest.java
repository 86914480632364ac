package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process owner's project-health rule that leaves the health empty (or one deployed before the deployment check
 * that gives an unknown value) must neither stop the status cycle nor hide a project in trouble: the cycle is
 * rated RED with the decision's value named. The test's version of the decision is removed again afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnknownHealthRatesRedTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProjectHealthDecision projectHealth;

    @Test
    void aRuleThatGivesNoHealthRatesTheCycleRedAndSaysWhy() throws IOException {
        String dmn = Files.readString(Path.of("processes/project-health.dmn"));
        String red = "<outputEntry id=\"Rule_CriticalIssue_Out0\">\n          <text>\"RED\"</text>";
        assertThat(dmn).contains(red);
        Deployment emptied = repositoryService.createDeployment()
                .addString("project-health.dmn", dmn.replace(red, red.replace("\"RED\"", ""))).deploy();
        try {
            HealthRating rating = projectHealth.rate(BigDecimal.ONE, BigDecimal.ONE, 0, 1);

            assertThat(rating.health()).isEqualTo(Health.RED);
            assertThat(rating.recommendedAction()).isEqualTo("Escalate to the sponsor: the decision project-health "
                    + "gave no health, which is not one of GREEN, AMBER, RED, so the cycle is rated RED until "
                    + "the process owner corrects the rule.");
        } finally {
            repositoryService.deleteDeployment(emptied.getId(), true);
        }
    }
}
