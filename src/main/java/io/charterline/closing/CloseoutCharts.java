package io.charterline.closing;

import io.charterline.closing.CloseoutReportData.BurnPoint;
import io.charterline.closing.CloseoutReportData.Change;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.Day;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.springframework.stereotype.Component;

/** The report's pictures, drawn by JFreeChart as PNG and handed over as data URIs for the HTML. */
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
        return Optional.of(dataUri(chart));
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
        return Optional.of(dataUri(chart, height));
    }

    private static String dataUri(JFreeChart chart) {
        return dataUri(chart, HEIGHT);
    }

    private static String dataUri(JFreeChart chart, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        // Opaque RGB: the PNG encoder's row filtering takes most of a chart's time, and on a white background an
        // alpha channel only gives it a quarter more to filter (and the file more to carry).
        BufferedImage image = chart.createBufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB, null);
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a chart as PNG", e);
        }
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
