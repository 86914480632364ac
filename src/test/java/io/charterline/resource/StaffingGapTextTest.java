package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingGapTextTest {

    private final StaffingGap gap = new StaffingGap("WP-2", "UX", 5, new BigDecimal("400.00"), new BigDecimal("80.50"),
            List.of(new StaffingGap.Week(LocalDate.of(2027, 1, 4), new BigDecimal("40"), new BigDecimal("8.5")),
                    new StaffingGap.Week(LocalDate.of(2027, 1, 11), new BigDecimal("40"), BigDecimal.ZERO)),
            "grace.lee", "busy");

    @Test
    void gapReadsAsOneLineNamingPackageSkillHoursAndWeeksAndTheClosestCandidateByName() {
        assertThat(StaffingGapText.format(List.of(gap), id -> "Grace Lee (" + id + ")")).isEqualTo(
                "- **WP-2**: UX level 5, 80.5 of 400 h missing in the weeks of 2027-01-04 (8.5 h); "
                        + "closest candidate Grace Lee (grace.lee)");
    }

    @Test
    void formattedGapsReadBackAsSkillAndMissingHours() {
        String text = StaffingGapText.format(List.of(gap, new StaffingGap("WP-7", "SECURITY", 4, new BigDecimal("16"),
                new BigDecimal("16"), List.of(), null, "nobody")), id -> id);

        assertThat(StaffingGapText.parse(text)).containsExactly(
                new StaffingGapText.SkillGap("WP-2", "UX", new BigDecimal("80.5")),
                new StaffingGapText.SkillGap("WP-7", "SECURITY", new BigDecimal("16")));
    }

    @Test
    void textWithoutGapsReadsAsNone() {
        assertThat(StaffingGapText.parse(null)).isEmpty();
        assertThat(StaffingGapText.parse("all staffed")).isEmpty();
    }
}
