package io.charterline.project;

/** Where a project stands in its life; the lifecycle process moves it along. */
public enum ProjectStatus {
    CHARTERING, REJECTED, SCOPING, PLANNING, EXECUTING, CLOSING, CLOSED, TERMINATED;

    /** Change requests are accepted once a baseline exists and until closing starts. */
    public boolean acceptsChanges() {
        return this == PLANNING || this == EXECUTING;
    }

    public boolean isActive() {
        return this != REJECTED && this != CLOSED && this != TERMINATED;
    }
}
