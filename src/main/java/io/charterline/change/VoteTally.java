package io.charterline.change;

import io.charterline.platform.text.Counted;
import java.util.List;

/**
 * The board's votes on one change so far. The change is approved by a majority of all eligible voters; the vote
 * ends as soon as that majority is reached or can no longer be reached. Without an approving majority the change
 * is rejected when more members rejected than deferred, and deferred otherwise (a split board sends it back for
 * later rather than killing it).
 */
public record VoteTally(int voters, int approvals, int rejections, int deferrals) {

    public static VoteTally of(int voters, List<ChangeDecision> votes) {
        return new VoteTally(voters,
                (int) votes.stream().filter(v -> v == ChangeDecision.APPROVE).count(),
                (int) votes.stream().filter(v -> v == ChangeDecision.REJECT).count(),
                (int) votes.stream().filter(v -> v == ChangeDecision.DEFER).count());
    }

    public int majority() {
        return voters / 2 + 1;
    }

    public int outstanding() {
        return voters - approvals - rejections - deferrals;
    }

    public boolean decided() {
        return approvals >= majority() || approvals + outstanding() < majority();
    }

    public ChangeDecision outcome() {
        if (approvals >= majority()) {
            return ChangeDecision.APPROVE;
        }
        return rejections > deferrals ? ChangeDecision.REJECT : ChangeDecision.DEFER;
    }

    public String describe() {
        return "%d of %s approved, %d rejected, %d deferred (majority: %d)"
                .formatted(approvals, Counted.of(voters, "board member"), rejections, deferrals, majority());
    }
}
