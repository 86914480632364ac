package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposedWorkPackageTest {

    private static WorkPackageChange modify(List<String> predecessors) {
        return new WorkPackageChange(WorkPackageAction.MODIFY, "B", null, new BigDecimal("40"), null, null,
                predecessors);
    }

    @Test
    void storedChangeThatClearsThePredecessorsStillClearsThemWhenReadBack() {
        assertThat(ProposedWorkPackage.of(modify(List.of())).toChange().predecessors()).isEmpty();
    }

    @Test
    void storedChangeThatKeepsThePredecessorsStillKeepsThemWhenReadBack() {
        assertThat(ProposedWorkPackage.of(modify(null)).toChange().givesPredecessors()).isFalse();
    }

    @Test
    void storedPredecessorsAreReadBackInTheirOrder() {
        assertThat(ProposedWorkPackage.of(modify(List.of("C", "A"))).toChange().predecessors())
                .containsExactly("C", "A");
    }
}
