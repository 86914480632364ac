package io.charterline.lessons;

/** The phase gates at which lessons are captured. */
public enum Phase {
    CHARTER, PLANNING, EXECUTION, CLOSING
}
