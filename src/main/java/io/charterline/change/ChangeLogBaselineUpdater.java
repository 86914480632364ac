package io.charterline.change;

import org.springframework.stereotype.Component;

/**
 * Records in the change log what would be done to the baseline, and leaves the version where it is. Baseline
 * versions with their diffs belong to the plan domain; the updater built on it replaces this bean.
 */
@Component
public class ChangeLogBaselineUpdater implements BaselineUpdater {

    private final ChangeLog changeLog;

    public ChangeLogBaselineUpdater(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Override
    public int apply(String projectKey, String changeRequestId, ChangeProposal proposal,
                     int analysedBaselineVersion) {
        changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_UPDATED,
                "%d work-package change(s)%s%s recorded against baseline v%d (versioning not yet available)"
                        .formatted(proposal.workPackageChangesOrEmpty().size(),
                                proposal.changesBudget()
                                        ? ", budget change " + proposal.budgetChange().toPlainString() : "",
                                proposal.changesScope() ? ", scope change" : "", analysedBaselineVersion));
        return analysedBaselineVersion;
    }

    @Override
    public int restore(String projectKey, String changeRequestId, int versionBeforeChange) {
        changeLog.record(changeRequestId, null, ChangeEvent.BASELINE_RESTORED,
                "Baseline v%d is current again".formatted(versionBeforeChange));
        return versionBeforeChange;
    }
}
