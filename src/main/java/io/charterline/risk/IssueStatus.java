package io.charterline.risk;

/** An OPEN issue needs resolving; a RESOLVED one was; a CLOSED one is no longer pursued (its project ended). */
public enum IssueStatus {
    OPEN, RESOLVED, CLOSED;

    /** Settled: the entry needs no more work, and records why, by whom and when. */
    boolean settles() {
        return this != OPEN;
    }
}
