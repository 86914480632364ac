package io.charterline.change;

import static io.charterline.change.ChangeDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTallyTest {

    @Test
    void twoApprovalsOfThreeVotersDecideForTheChangeBeforeTheThirdVotes() {
        VoteTally tally = VoteTally.of(3, List.of(APPROVE, APPROVE));

        assertThat(tally.decided()).isTrue();
        assertThat(tally.outcome()).isEqualTo(APPROVE);
    }

    @Test
    void oneApprovalOfThreeIsNotYetDecided() {
        assertThat(VoteTally.of(3, List.of(APPROVE)).decided()).isFalse();
    }

    @Test
    void twoRejectionsOfThreeMakeApprovalImpossibleAndReject() {
        VoteTally tally = VoteTally.of(3, List.of(REJECT, REJECT));

        assertThat(tally.decided()).isTrue();
        assertThat(tally.outcome()).isEqualTo(REJECT);
    }

    @Test
    void halfOfAnEvenBoardIsNoMajority() {
        VoteTally tally = VoteTally.of(4, List.of(APPROVE, APPROVE, REJECT, REJECT));

        assertThat(tally.majority()).isEqualTo(3);
        assertThat(tally.decided()).isTrue();
        assertThat(tally.outcome()).isEqualTo(REJECT);
    }

    @Test
    void boardSplitBetweenRejectingAndDeferringDefers() {
        VoteTally tally = VoteTally.of(3, List.of(REJECT, DEFER));

        assertThat(tally.decided()).isTrue();
        assertThat(tally.outcome()).isEqualTo(DEFER);
    }

    @Test
    void boardWithoutEligibleVotersDefers() {
        VoteTally tally = VoteTally.of(0, List.of());

        assertThat(tally.decided()).isTrue();
        assertThat(tally.outcome()).isEqualTo(DEFER);
    }
}
