package io.charterline.platform.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The values the processes and the application act on, for each decision output with a fixed vocabulary. The DMN
 * files list the same values ({@code outputValues}), so Camunda Modeler offers them; but the engine checks no rule
 * against them, and a process owner's typo would otherwise stall a change at its gateway or take a path nobody
 * chose. {@link DecisionRuleCheck} refuses a deployment whose rules give a value outside these lists; whatever
 * reads one of these results still asks here and takes its modelled fail-safe path for a value outside the list,
 * as a rule deployed before the check, or one that leaves the output empty, may give one.
 *
 * <p>These lists, not the deployed tables, are the source of truth: they are what the gateways and delegates have a
 * path for, so a table deployed from Modeler with one more value must not widen them. The tests hold the repository's
 * {@code outputValues} to the same values ({@code DecisionVocabularyTest}), so Modeler offers exactly these.
 */
public enum DecisionVocabulary {

    APPROVAL_ROUTE("change-classification", "approvalRoute", "AUTO", "PM", "CCB", "SPONSOR_AND_CCB", "ECAB", "MANUAL"),
    CHANGE_CLASS("change-classification", "changeClass", "STANDARD", "MINOR", "SIGNIFICANT", "MAJOR", "EMERGENCY"),
    RISK_LEVEL("change-classification", "riskLevel", "LOW", "MEDIUM", "HIGH", "CRITICAL"),
    PLAN_GATE_APPROVAL("governance-tier", "planGateApproval", "PMO", "PMO_AND_SPONSOR"),
    HEALTH("project-health", "health", "GREEN", "AMBER", "RED");

    private final String decisionKey;
    private final String output;
    private final List<String> allowed;

    DecisionVocabulary(String decisionKey, String output, String... allowed) {
        this.decisionKey = decisionKey;
        this.output = output;
        this.allowed = List.of(allowed);
    }

    /** The vocabulary of a decision's output, if the application acts on it. */
    public static Optional<DecisionVocabulary> of(String decisionKey, String output) {
        return Arrays.stream(values())
                .filter(vocabulary -> vocabulary.decisionKey.equals(decisionKey) && vocabulary.output.equals(output))
                .findFirst();
    }

    public List<String> allowed() {
        return allowed;
    }

    public boolean allows(Object value) {
        return value instanceof String text && allowed.contains(text);
    }

    /** Names the decision, its output and the value, and what the output may be, for a log entry or a refusal. */
    public String unknown(Object value) {
        String given = value == null ? "no " + output : output + " \"" + value + "\"";
        return "decision %s gave %s, which is not one of %s".formatted(decisionKey, given, String.join(", ", allowed));
    }
}
