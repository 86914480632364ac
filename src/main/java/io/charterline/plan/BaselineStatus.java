package io.charterline.plan;

public enum BaselineStatus {
    /** v1 while the plan gate has not approved it; planning again replaces it. */
    DRAFT,
    /** The baseline in force; at most one per project. */
    APPROVED,
    /** An approved baseline that a later version replaced; kept for the record. */
    SUPERSEDED
}
