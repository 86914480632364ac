package io.charterline.risk;

/** OPEN risks count towards project health; a MITIGATED risk's response is in place, a CLOSED one is gone. */
public enum RiskStatus {
    OPEN, MITIGATED, CLOSED;

    /** Settled: the entry needs no more watching, and records why, by whom and when. */
    boolean settles() {
        return this == CLOSED;
    }
}
