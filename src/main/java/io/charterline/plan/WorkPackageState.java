package io.charterline.plan;

import java.util.List;

/** Where a live work package stands: planned, released to its assignee, being worked, done or dropped. */
public enum WorkPackageState {
    PLANNED, READY, IN_PROGRESS, DONE, CANCELLED;

    public static final List<WorkPackageState> OPEN = List.of(PLANNED, READY, IN_PROGRESS);

    /** Successors may start once a predecessor is done, or dropped from the plan. */
    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
