package io.charterline.closing;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import io.charterline.platform.text.Money;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.Day;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;

/**
 * The report's pictures, drawn by JFreeChart as SVG elements for the HTML. Vector drawing is sharp at any zoom and
 * in print, and it costs a tenth of a PNG, whose encoder took most of the report's time.
 */
@Component
public class CloseoutCharts {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    static final int MIN_DAYS_SHOWN = 7;
    static final Color APPROVED = new Color(46, 139, 87);
    static final Color REJECTED = new Color(200, 40, 40);
    static final Color FAILED = new Color(230, 120, 20);
    static final Color DEFERRED = new Color(220, 180, 40);
    static final Color OPEN = Color.GRAY;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    /**
     * Planned value, earned value and actual cost by status date, from the project's start, where all three are 0,
     * on an axis from 0, so that the gaps between them look as large as they are. Empty when there was no status
     * cycle.
     *
     * @param start the project's start, or null if unknown: the chart then starts at the first status date
     */
    public Optional<String> burnChart(List<BurnPoint> reported, LocalDate start) {
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        List<BurnPoint> burn = new ArrayList<>(reported);
        if (start != null && start.isBefore(reported.get(0).date())) {
            burn.add(0, new BurnPoint(start, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        TimeSeries planned = new TimeSeries("Planned value (PV)");
        TimeSeries earned = new TimeSeries("Earned value (EV)");
        TimeSeries actual = new TimeSeries("Actual cost (AC)");
        for (BurnPoint point : burn) {
            Day day = day(point.date());
            planned.addOrUpdate(day, value(point.plannedValue()));
            earned.addOrUpdate(day, value(point.earnedValue()));
            actual.addOrUpdate(day, value(point.actualCost()));
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(planned);
        dataset.addSeries(earned);
        dataset.addSeries(actual);
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Planned vs earned vs actual", "Status date",
                "Cumulative cost", dataset, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // A point per status report, so that a single report (no line yet) still shows its values.
        ((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
        NumberAxis value = (NumberAxis) plot.getRangeAxis();
        value.setAutoRangeIncludesZero(true);
        // The values are money: in dollars, as the report writes them.
        value.setNumberFormatOverride(Money.format());
        showAtLeastAWeek((DateAxis) plot.getDomainAxis(),
                burn.stream().map(BurnPoint::date).min(Comparator.naturalOrder()).orElseThrow(),
                burn.stream().map(BurnPoint::date).max(Comparator.naturalOrder()).orElseThrow());
        return Optional.of(svg(chart, "burn", HEIGHT, "Planned vs earned vs actual"));
    }

    /**
     * Each change request as a bar from its request to its decision, coloured by decision; undecided ones run
     * to the report's date. Empty when there was no change.
     */
    public Optional<String> changeTimeline(List<Change> changes, LocalDate reportDate) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TaskSeries> byDecision = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Change change : changes) {
            String decision = change.decision() == null ? "Open" : change.decision();
            LocalDate start = change.requestedOn() == null ? reportDate : change.requestedOn();
            LocalDate end = change.decidedOn() == null ? reportDate : change.decidedOn();
            // A change decided on the day it was raised still gets a visible bar of one day.
            LocalDate shownEnd = end.isAfter(start) ? end : start.plusDays(1);
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || shownEnd.isAfter(last) ? shownEnd : last;
            byDecision.computeIfAbsent(decision, TaskSeries::new)
                    .add(new Task(change.key(), new SimpleTimePeriod(date(start), date(shownEnd))));
        }
        TaskSeriesCollection dataset = new TaskSeriesCollection();
        byDecision.values().forEach(dataset::add);
        JFreeChart chart = ChartFactory.createGanttChart("Change requests from request to decision",
                "Change request", "Date", dataset, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        List<String> decisions = List.copyOf(byDecision.keySet());
        for (int series = 0; series < decisions.size(); series++) {
            chart.getCategoryPlot().getRenderer().setSeriesPaint(series, colourOf(decisions.get(series)));
        }
        showAtLeastAWeek((DateAxis) chart.getCategoryPlot().getRangeAxis(), first, last);
        int height = Math.max(HEIGHT, 90 + 28 * changes.size());
        return Optional.of(svg(chart, "changes", height, "Change timeline"));
    }

    /**
     * Green for an approval that stayed in the plan, red only for a rejection or an approved change backed out,
     * orange for one that failed and was kept, amber for a deferral, grey for an open or cancelled change.
     */
    static Color colourOf(String decision) {
        if (decision.startsWith("Rejected") || decision.contains("backed out")) {
            return REJECTED;
        }
        if (decision.contains("failed")) {
            return FAILED;
        }
        if (decision.startsWith("Approved") && !decision.contains("cancelled")) {
            return APPROVED;
        }
        return decision.startsWith("Deferred") ? DEFERRED : OPEN;
    }

    /**
     * The chart as an {@code <svg>} element that scales to its container's width (view box in whole pixels, no
     * fixed size).
     * {@code id} also prefixes the element's clip paths, so that the report's two charts keep theirs apart.
     * {@code alt} names the chart in the tagged PDF, which takes a picture's text from its own {@code alt} (the HTML
     * names it by the {@code aria-label} around it).
     */
    private static String svg(JFreeChart chart, String id, int height, String alt) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D canvas = new SVGGraphics2D(WIDTH, height);
        canvas.setDefsKeyPrefix(id + "-");
        chart.draw(canvas, new Rectangle2D.Double(0, 0, WIDTH, height));
        // JFreeSVG writes the view box in decimals ("0.0 0.0 760.0 340.0"), which the PDF renderer warns about
        return canvas.getSVGElement(id + "-chart", false, new ViewBox(0, 0, WIDTH, height), null, null)
                .replaceFirst("viewBox='[^']*'", "viewBox='0 0 " + WIDTH + " " + height + "' alt='" + alt + "'");
    }

    /**
     * Dates in UTC, whatever the server's zone, so that a day is labelled as itself. Data of only a day or a few:
     * around a short span JFreeChart would label the axis with times of day, so it shows at least a week, with the
     * data in the middle.
     */
    private static void showAtLeastAWeek(DateAxis axis, LocalDate first, LocalDate last) {
        axis.setTimeZone(UTC);
        long shortBy = MIN_DAYS_SHOWN - ChronoUnit.DAYS.between(first, last);
        if (shortBy > 0) {
            // To the last millisecond of the last day shown, so that its label is drawn.
            axis.setRange(date(first.minusDays(shortBy / 2)),
                    new Date(date(last.plusDays(shortBy - shortBy / 2 + 1)).getTime() - 1));
        }
    }

    private static Day day(LocalDate date) {
        return new Day(date(date), UTC, Locale.ENGLISH);
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
