package io.charterline.risk;

/** How badly a risk or an issue threatens the project; ordered from least to most severe. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * The band of a risk score (probability × impact, each 1..5) on the usual 5×5 matrix: 1–4 LOW, 5–9 MEDIUM,
     * 10–16 HIGH, 20–25 CRITICAL. The bands follow the matrix's diagonals, so a likely-but-mild risk (5×2) and
     * an unlikely-but-severe one (2×5) land in the same band; only risks that are both likely and severe
     * (4×5, 5×4, 5×5) are critical.
     */
    public static Severity ofRiskScore(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk score is probability × impact, 1 to 25, not " + score);
        }
        if (score >= 20) {
            return CRITICAL;
        }
        if (score >= 10) {
            return HIGH;
        }
        return score >= 5 ? MEDIUM : LOW;
    }
}
