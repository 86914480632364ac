package io.charterline.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SeverityTest {

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "16, HIGH", "20, CRITICAL", "25, CRITICAL"})
    void riskScoreBandsAreTheEdgesOfTheMatrixDiagonals(int score, Severity expected) {
        assertThat(Severity.ofRiskScore(score)).isEqualTo(expected);
    }

    @Test
    void scoreOutsideOneToTwentyFiveIsRejected() {
        assertThatThrownBy(() -> Severity.ofRiskScore(0)).hasMessageContaining("1 to 25, not 0");
        assertThatThrownBy(() -> Severity.ofRiskScore(26)).hasMessageContaining("1 to 25, not 26");
    }

    @Test
    void highOrAboveCountsHighAndCritical() {
        assertThat(new SeverityCounts(5, 4, 2, 1).highOrAbove()).isEqualTo(3);
    }
}
