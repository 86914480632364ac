package io.charterline.risk;

/** OPEN risks count towards project health; a MITIGATED risk's response is in place, a CLOSED one is gone. */
public enum RiskStatus {
    OPEN, MITIGATED, CLOSED
}
