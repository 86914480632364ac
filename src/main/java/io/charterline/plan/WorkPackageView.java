package io.charterline.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A live work package as the API shows it: the package, plus the person the resource ledger books on it. That is
 * not its {@code assignee}, who holds its task once it is released.
 */
public record WorkPackageView(@JsonUnwrapped WorkPackage workPackage, String plannedAssignee) {
}
