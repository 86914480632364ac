package io.charterline.bench;

import java.util.ArrayList;
import java.util.List;

/** Percentiles of plain sorted samples (nearest rank), enough for a few thousand timings per figure. */
final class Samples {

    private Samples() {
    }

    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples to take the " + percent + "th percentile of");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The slope of log(cost) over log(size): 1 is linear, 2 quadratic. */
    static double growthExponent(List<Double> sizes, List<Double> costs) {
        int n = sizes.size();
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += Math.log(sizes.get(i)) / n;
            meanY += Math.log(costs.get(i)) / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes.get(i)) - meanX;
            covariance += dx * (Math.log(costs.get(i)) - meanY);
            variance += dx * dx;
        }
        return covariance / variance;
    }
}
