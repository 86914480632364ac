package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CloseoutChartsTest {

    /** JFreeChart's paint for the first series (planned value). */
    private static final String PLANNED_FILL = "fill:rgb(255,85,85)";

    private final CloseoutCharts charts = new CloseoutCharts();

    @Test
    void aSingleStatusReportIsShownAsPointsOnAWeekOfDates() {
        String svg = charts.burnChart(List.of(point(LocalDate.of(2026, 11, 23))), null).orElseThrow();

        // Around one day JFreeChart would label the axis with times of day and draw no line.
        assertThat(labels(svg)).contains("20-Nov", "23-Nov", "27-Nov").noneMatch(label -> label.contains(":"));
        assertThat(svg.split(Pattern.quote(PLANNED_FILL), -1)).as("the legend's mark and the point").hasSize(3);
    }

    @Test
    void reportsOverMoreThanAWeekKeepTheirOwnSpan() {
        String svg = charts.burnChart(List.of(point(LocalDate.of(2026, 3, 2)), point(LocalDate.of(2026, 6, 29))),
                null).orElseThrow();

        assertThat(labels(svg)).noneMatch(label -> label.matches("\\d+-Feb|\\d+-Jul"));
    }

    @Test
    void aChangeDecidedOnTheDayItWasRaisedGetsAWeekOfDates() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        String svg = charts.changeTimeline(List.of(new Change("CR-2026-0001", "New VAT rule", "regulatory", day, day,
                "pm", "Approved", null, null, null)), day).orElseThrow();

        assertThat(labels(svg)).contains("CR-2026-0001").noneMatch(label -> label.contains(":"))
                .anyMatch(label -> label.endsWith("-Nov"));
    }

    @Test
    void theBurnChartStartsAtTheProjectStartWithNothingSpentOnAnAxisFromZero() {
        String svg = charts.burnChart(List.of(point(LocalDate.of(2026, 4, 1)), point(LocalDate.of(2026, 5, 1))),
                LocalDate.of(2026, 3, 2)).orElseThrow();

        assertThat(labels(svg)).contains("$0.00").anyMatch(label -> label.endsWith("-Mar"));
        // The legend's mark and one point per status date, the start's included.
        assertThat(svg.split(Pattern.quote(PLANNED_FILL), -1)).hasSize(5);
    }

    @Test
    void theBurnChartsValuesAreInDollarsAsTheReportWritesMoney() {
        String svg = charts.burnChart(List.of(point(LocalDate.of(2026, 4, 1)), point(LocalDate.of(2026, 5, 1))),
                LocalDate.of(2026, 3, 2)).orElseThrow();

        assertThat(labels(svg)).contains("$0.00", "$1,000.00");
    }

    @Test
    void anApprovedChangeIsDrawnGreenAndOnlyARejectedOrBackedOutOneRed() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        String approvedOnly = charts.changeTimeline(List.of(change("CR-2026-0001", "Approved")), day).orElseThrow();
        String all = charts.changeTimeline(List.of(change("CR-2026-0001", "Approved"),
                change("CR-2026-0002", "Rejected"), change("CR-2026-0003", "Approved, backed out")), day).orElseThrow();

        assertThat(approvedOnly).contains(fill(CloseoutCharts.APPROVED)).doesNotContain(fill(CloseoutCharts.REJECTED))
                .doesNotContain(PLANNED_FILL);
        assertThat(all).contains(fill(CloseoutCharts.APPROVED), fill(CloseoutCharts.REJECTED));
        assertThat(CloseoutCharts.colourOf("Approved, backed out")).isEqualTo(CloseoutCharts.REJECTED);
        assertThat(CloseoutCharts.colourOf("Deferred")).isEqualTo(CloseoutCharts.DEFERRED);
    }

    @Test
    void aChartsViewBoxIsInWholePixelsAsThePdfRendererReadsIt() {
        String svg = charts.burnChart(List.of(point(LocalDate.of(2026, 11, 23))), null).orElseThrow();

        assertThat(svg).contains("viewBox='0 0 760 ").doesNotContain("viewBox='0.0");
    }

    @Test
    void noStatusReportNoChart() {
        assertThat(charts.burnChart(List.of(), LocalDate.of(2026, 3, 2))).isEmpty();
    }

    private static BurnPoint point(LocalDate date) {
        return new BurnPoint(date, new BigDecimal("1000"), new BigDecimal("800"), new BigDecimal("900"));
    }

    private static Change change(String key, String decision) {
        return new Change(key, "A change", "regulatory", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                "pm", decision, null, null, null);
    }

    private static String fill(Color colour) {
        return "fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    }

    private static List<String> labels(String svg) {
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        return text.results().map(match -> match.group(1)).toList();
    }
}
