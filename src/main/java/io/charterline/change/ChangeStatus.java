package io.charterline.change;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a change request stands; the change-control process moves it along. CANCELLED: the project was terminated
 * while the change was still in flight, before its baseline update. APPLIED: the project was terminated after the
 * change's baseline update took effect but before it was implemented; the plan keeps it. WITHDRAWN: its requester
 * or the project manager took it back before it was decided.
 */
public enum ChangeStatus {
    SUBMITTED, ANALYSED, APPROVED, REJECTED, DEFERRED, SCHEDULED, IMPLEMENTED, CLOSED, BACKED_OUT, NOT_APPLICABLE,
    CANCELLED, APPLIED, WITHDRAWN;

    /** Still in flight: change control has not reached an end for it. */
    public static final Set<ChangeStatus> IN_FLIGHT = EnumSet.of(SUBMITTED, ANALYSED, APPROVED, SCHEDULED, IMPLEMENTED);

    /** Not decided yet: the requester or the project manager may still withdraw it. */
    public static final Set<ChangeStatus> UNDECIDED = EnumSet.of(SUBMITTED, ANALYSED);
}
