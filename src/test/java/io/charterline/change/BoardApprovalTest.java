package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoardApprovalTest {

    @Test
    void namesEveryMemberWhoApprovedWhenTheyFit() {
        assertThat(BoardApproval.describe(List.of("ccb1", "ccb2"))).isEqualTo("the change control board (ccb1, ccb2)");
    }

    @Test
    void namesTheFirstMembersAndHowManyMoreWhenNotAllFit() {
        String text = BoardApproval.describe(List.of("carla.board", "chen.board", "chris.board", "dora.board",
                "emil.board"));

        assertThat(text).isEqualTo("the change control board (carla.board, chen.board and 3 more)")
                .hasSizeLessThanOrEqualTo(BoardApproval.MAX_LENGTH);
    }

    @Test
    void aBoardWithoutApprovingVotesIsJustTheBoard() {
        assertThat(BoardApproval.describe(List.of())).isEqualTo("the change control board");
    }
}
