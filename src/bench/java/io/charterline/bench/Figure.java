package io.charterline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One reported number: the median of its repeated runs, with the lowest and highest run as its spread, and the
 * target it is held against (if any). Higher-is-better figures (throughput) and lower-is-better ones (latency)
 * say so, so the report can tell whether the target was met.
 */
public record Figure(String section, String name, String unit, List<Double> runs, Target target, String note) {

    public enum Direction { AT_LEAST, AT_MOST }

    public record Target(Direction direction, double value) {

        static Target atLeast(double value) {
            return new Target(Direction.AT_LEAST, value);
        }

        static Target atMost(double value) {
            return new Target(Direction.AT_MOST, value);
        }

        boolean metBy(double measured) {
            return direction == Direction.AT_LEAST ? measured >= value : measured <= value;
        }

        @Override
        public String toString() {
            return (direction == Direction.AT_LEAST ? ">= " : "<= ") + format(value);
        }
    }

    public Figure {
        runs = List.copyOf(runs);
    }

    static Figure of(String section, String name, String unit, List<Double> runs) {
        return new Figure(section, name, unit, runs, null, null);
    }

    Figure against(Target target) {
        return new Figure(section, name, unit, runs, target, note);
    }

    Figure noting(String text) {
        return new Figure(section, name, unit, runs, target, text);
    }

    double median() {
        return Samples.percentile(runs, 50);
    }

    String spread() {
        if (runs.size() < 2) {
            return "1 run";
        }
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        return format(sorted.get(0)) + " – " + format(sorted.get(sorted.size() - 1)) + " (" + runs.size() + " runs)";
    }

    String verdict() {
        if (target == null) {
            return "";
        }
        return (target.metBy(median()) ? "met " : "MISSED ") + target;
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value) && magnitude < 1e6) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
