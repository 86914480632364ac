package io.charterline.change;

/** The steps the change log tells, in the order they usually happen. */
public enum ChangeEvent {
    SUBMITTED, ANALYSED, CLASSIFIED, CLASSIFIED_BY_HAND, REROUTED_AS_NORMAL, SPONSOR_APPROVED, VOTED, APPROVED, REJECTED, DEFERRED,
    ACKNOWLEDGED, SCHEDULED, WINDOW_CONFLICT, WINDOW_OVERRIDDEN, REANALYSED, BASELINE_UPDATED, WORK_PACKAGES_UPDATED,
    IMPLEMENTED, EMERGENCY_REVIEWED, REVIEWED, CLOSED, BASELINE_RESTORED, BACKED_OUT, BACK_OUT_REFUSED,
    /** Logged on a later change that made other work depend on what a refused back-out would remove. */
    BLOCKED_BACK_OUT,
    NOT_APPLICABLE, CANCELLED,
    /** The project was terminated after the change's baseline update: it stays in the plan, never implemented. */
    NOT_IMPLEMENTED,
    /** The requester or the project manager took the change back before it was decided. */
    WITHDRAWN,
    /** An approver asked the requester a question before deciding; the detail is the question. */
    QUESTION_ASKED,
    /** The requester answered the approver's question; the detail is the answer. */
    QUESTION_ANSWERED
}
