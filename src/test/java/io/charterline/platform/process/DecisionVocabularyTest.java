package io.charterline.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;

/**
 * The vocabularies the processes act on and the {@code outputValues} the repository's decision tables list, which
 * Camunda Modeler offers a process owner, name the same values: a value added on one side only would be refused at
 * deployment or taken for unknown by the fail-safe paths, though the table offers it.
 */
class DecisionVocabularyTest {

    /** Every decision table output in {@code processes/}, with the decision it belongs to. */
    private record DecisionOutput(String file, String decisionKey, Output output) {

        Optional<DecisionVocabulary> vocabulary() {
            return DecisionVocabulary.of(decisionKey, output.getName());
        }

        @Override
        public String toString() {
            return "%s: decision %s, output %s".formatted(file, decisionKey, output.getName());
        }
    }

    @Test
    void everyOutputThatListsItsValuesListsExactlyThoseTheProcessesKnow() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (DecisionOutput output : repositoryOutputs()) {
            List<String> listed = DecisionRuleCheck.listed(output.output());
            if (!listed.isEmpty()) {
                softly.assertThat(output.vocabulary()).as("%s lists %s: its DecisionVocabulary", output, listed)
                        .isPresent();
                output.vocabulary().ifPresent(vocabulary -> softly.assertThat(listed)
                        .as("%s: outputValues against DecisionVocabulary.%s", output, vocabulary.name())
                        .containsExactlyInAnyOrderElementsOf(vocabulary.allowed()));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyVocabularyIsListedByTheOutputItNames() throws IOException {
        Set<DecisionVocabulary> listedByATable = EnumSet.noneOf(DecisionVocabulary.class);
        for (DecisionOutput output : repositoryOutputs()) {
            if (!DecisionRuleCheck.listed(output.output()).isEmpty()) {
                output.vocabulary().ifPresent(listedByATable::add);
            }
        }

        assertThat(Arrays.asList(DecisionVocabulary.values()))
                .as("vocabularies whose decision output in processes/ lists no outputValues, or does not exist")
                .containsExactlyInAnyOrderElementsOf(listedByATable);
    }

    private static List<DecisionOutput> repositoryOutputs() throws IOException {
        List<DecisionOutput> outputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".dmn")).sorted().toList()) {
                for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
                    if (decision.getExpression() instanceof DecisionTable table) {
                        table.getOutputs().forEach(output -> outputs.add(
                                new DecisionOutput(file.getFileName().toString(), decision.getId(), output)));
                    }
                }
            }
        }
        assertThat(outputs).as("decision outputs in processes/").isNotEmpty();
        return outputs;
    }
}
