package io.charterline.closing;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
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

    /** Planned value, earned value and actual cost by status date; empty when there was no status cycle. */
    public Optional<String> burnChart(List<BurnPoint> burn) {
        if (burn.isEmpty()) {
            return Optional.empty();
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
        return Optional.of(svg(chart, "burn", HEIGHT));
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
        for (Change change : changes) {
            String decision = change.decision() == null ? "OPEN" : change.decision();
            LocalDate start = change.requestedOn() == null ? reportDate : change.requestedOn();
            LocalDate end = change.decidedOn() == null ? reportDate : change.decidedOn();
            // A change decided on the day it was raised still gets a visible bar of one day.
            LocalDate shownEnd = end.isAfter(start) ? end : start.plusDays(1);
            byDecision.computeIfAbsent(decision, TaskSeries::new)
                    .add(new Task(change.key(), new SimpleTimePeriod(date(start), date(shownEnd))));
        }
        TaskSeriesCollection dataset = new TaskSeriesCollection();
        byDecision.values().forEach(dataset::add);
        JFreeChart chart = ChartFactory.createGanttChart("Change requests from request to decision",
                "Change request", "Date", dataset, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        int height = Math.max(HEIGHT, 90 + 28 * changes.size());
        return Optional.of(svg(chart, "changes", height));
    }

    /**
     * The chart as an {@code <svg>} element that scales to its container's width (view box, no fixed size).
     * {@code id} also prefixes the element's clip paths, so that the report's two charts keep theirs apart.
     */
    private static String svg(JFreeChart chart, String id, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D canvas = new SVGGraphics2D(WIDTH, height);
        canvas.setDefsKeyPrefix(id + "-");
        chart.draw(canvas, new Rectangle2D.Double(0, 0, WIDTH, height));
        return canvas.getSVGElement(id + "-chart", false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
