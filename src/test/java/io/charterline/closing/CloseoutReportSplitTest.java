package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseoutReportSplitTest {

    @Test
    void longHtmlIsStoredInPartsThatJoinToTheOriginal() {
        String html = "x".repeat(CloseoutReport.PART_LENGTH * 2 + 7);

        List<String> parts = CloseoutReport.split(html);

        assertThat(parts).extracting(String::length)
                .containsExactly(CloseoutReport.PART_LENGTH, CloseoutReport.PART_LENGTH, 7);
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String html = "x".repeat(CloseoutReport.PART_LENGTH - 1) + "\uD83D\uDCC8" + "y";

        List<String> parts = CloseoutReport.split(html);

        assertThat(parts.get(0)).hasSize(CloseoutReport.PART_LENGTH - 1);
        assertThat(parts.get(1)).isEqualTo("\uD83D\uDCC8y");
    }
}
