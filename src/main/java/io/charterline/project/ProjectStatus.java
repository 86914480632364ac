package io.charterline.project;

/** Where a project stands in its life; the lifecycle process moves it along. */
public enum ProjectStatus {
    CHARTERING, REJECTED, SCOPING, PLANNING, EXECUTING, CLOSING, CLOSED, TERMINATED;

    /**
     * Change requests need an approved baseline to change; approving it starts execution, so the project is
     * "planned" and executing at once, until closing starts.
     */
    public boolean acceptsChanges() {
        return this == EXECUTING;
    }

    public boolean isActive() {
        return this != REJECTED && this != CLOSED && this != TERMINATED;
    }
}
