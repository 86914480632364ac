package io.charterline.platform.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Refuses a new deployment whose decision tables give an output a value outside its vocabulary: the application's
 * ({@link DecisionVocabulary}) for the decisions it acts on, and the table's own {@code outputValues} where it lists
 * them. The engine accepts any value, so a process owner's typo deployed from Camunda Modeler ("BOARD" for "CCB")
 * would otherwise only show when a change stalls; the refusal (400 over engine-rest) names the resource, decision,
 * rule and value. The repository's models pass through the same check when the application deploys them.
 *
 * <p>Only new deployments are checked: the engine also runs its deployers when it reloads a deployment it already
 * holds, and a rule deployed before this check must still be readable, so its runtime fail-safe paths can act.
 */
@Component
public class DecisionRuleCheck extends AbstractProcessEnginePlugin implements Deployer {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".dmn")) {
                problems.addAll(problems(resource.getName(),
                        Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("The deployment was refused, its rules give values the processes do "
                    + "not know: " + String.join("; ", problems));
        }
    }

    static List<String> problems(String resourceName, DmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            List<Output> outputs = new ArrayList<>(table.getOutputs());
            for (Rule rule : table.getRules()) {
                List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
                for (int i = 0; i < Math.min(outputs.size(), entries.size()); i++) {
                    String problem = problem(decision.getId(), outputs.get(i), rule.getId(),
                            entries.get(i).getText() == null ? "" : entries.get(i).getText().getTextContent().trim());
                    if (problem != null) {
                        problems.add(resourceName + ": " + problem);
                    }
                }
            }
        }
        return problems;
    }

    /** An empty entry leaves the output empty: the PMO classifies such a change, other readers fail safe. */
    private static String problem(String decisionKey, Output output, String ruleId, String entry) {
        List<String> allowed = DecisionVocabulary.of(decisionKey, output.getName())
                .map(DecisionVocabulary::allowed)
                .orElseGet(() -> listed(output));
        if (entry.isEmpty() || allowed.isEmpty()) {
            return null;
        }
        Matcher literal = QUOTED.matcher(entry);
        if (literal.matches() && allowed.contains(literal.group(1))) {
            return null;
        }
        return "decision %s, rule %s gives %s %s, which is not one of %s".formatted(decisionKey, ruleId,
                output.getName(), entry, String.join(", ", allowed));
    }

    /** The output's own {@code outputValues}, such as {@code "LOW","HIGH"}; empty when it lists none. */
    static List<String> listed(Output output) {
        List<String> values = new ArrayList<>();
        if (output.getOutputValues() != null && output.getOutputValues().getText() != null) {
            Matcher quoted = QUOTED.matcher(output.getOutputValues().getText().getTextContent());
            while (quoted.find()) {
                values.add(quoted.group(1));
            }
        }
        return values;
    }
}
