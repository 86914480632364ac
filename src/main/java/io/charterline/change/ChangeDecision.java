package io.charterline.change;

/** What an approver, a board member or the board as a whole decides on a change. */
public enum ChangeDecision {
    APPROVE, REJECT, DEFER
}
