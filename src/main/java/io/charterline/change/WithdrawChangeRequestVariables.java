package io.charterline.change;

/**
 * The variables of Tasklist's "Withdraw a change request" ({@code withdraw-change-request}): its start form's field
 * keys, the same names as the change request's id and the body of {@code POST /api/change-requests/{id}/withdrawal},
 * and what a refused withdrawal leaves for its starter to read.
 */
public final class WithdrawChangeRequestVariables {

    public static final String PROCESS_KEY = "withdraw-change-request";

    /** The change request's id, such as CR-2026-0004; also the instance's business key. */
    public static final String CHANGE_REQUEST_ID = "changeRequestId";
    /** Why the change is no longer wanted, as the API's {@code reason}. */
    public static final String REASON = "reason";

    /** The user who started the withdrawal (the start event's initiator): the one who reads a refusal. */
    public static final String STARTER = "starter";
    /** Thrown when the change is unknown, decided already, or not the starter's to withdraw. */
    public static final String ERROR_WITHDRAWAL_REFUSED = "WITHDRAWAL_REFUSED";
    /** Set by a refusal: why the change was not withdrawn, as the API's problem detail says it. */
    public static final String WITHDRAWAL_REFUSAL = "withdrawalRefusal";

    private WithdrawChangeRequestVariables() {
    }
}
