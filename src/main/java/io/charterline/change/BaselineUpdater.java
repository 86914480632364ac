package io.charterline.change;

/**
 * Writes approved changes into the project's versioned baseline and takes them back out.
 *
 * <p>Contract for implementations: {@link #apply} writes baseline v(n+1) with its diff and keeps every older
 * version; when the current version is no longer {@code analysedBaselineVersion} (another change was applied in
 * between), the change must be re-analysed on the current version before it is applied, so no update is lost.
 * A change that touches no work package (only IT services, scope or budget) writes no version: one identical to
 * the current would tell nothing, and the current version already carries the change.
 */
public interface BaselineUpdater {

    /** @return the baseline version that now includes the change */
    int apply(String projectKey, String changeRequestId, ChangeProposal proposal, int analysedBaselineVersion);

    /**
     * Takes the change's own delta back out of the current baseline (a failed implementation is backed out),
     * keeping the changes applied after it.
     *
     * @param versionBeforeChange the version that was current before {@link #apply}
     * @param backedOutBy         who decided the back-out (the reviewer who found the implementation failed), for
     *                            the version's author as {@link #apply} records the approver
     * @return the baseline version that is current after the restore
     * @throws ChangeBackOutRefusedException if the plan without the change would be invalid; nothing is changed
     */
    int restore(String projectKey, String changeRequestId, int versionBeforeChange, String backedOutBy);
}
