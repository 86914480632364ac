package io.charterline.change;

/** Where a change request stands; the change-control process moves it along. */
public enum ChangeStatus {
    SUBMITTED, ANALYSED, APPROVED, REJECTED, DEFERRED, SCHEDULED, IMPLEMENTED, CLOSED, BACKED_OUT, NOT_APPLICABLE
}
