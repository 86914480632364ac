package io.charterline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the lifecycle benchmark on a set of applications and reports each one's figures and the ratios. */
final class LifecycleRuns {

    private LifecycleRuns() {
    }

    /**
     * The first application is the reference: every other one is also reported as a ratio to it, round by round;
     * an engine-only application (no-op delegates) is reported as "ours / engine only" with the 0.8 target.
     */
    static Map<String, LifecycleBenchmark.Result> report(Report report, String section, LifecycleBenchmark benchmark,
                                                         List<BenchApp> apps, boolean quick) throws Exception {
        Map<String, LifecycleBenchmark.Result> results = benchmark.measure(apps, quick ? 1 : 3, quick ? 2 : 5);
        LifecycleBenchmark.Result reference = results.get(apps.get(0).label);
        for (BenchApp app : apps) {
            LifecycleBenchmark.Result result = results.get(app.label);
            report.add(Figure.of(section, app.label + ": throughput", "lifecycles/s", result.perSecond()));
            report.add(Figure.of(section, app.label + ": commits per lifecycle (writing ones)", "commits",
                    result.commits()).noting("writing: " + Figure.format(Samples.percentile(result.writeCommits(), 50))));
            report.add(Figure.of(section, app.label + ": statements per lifecycle", "statements",
                    result.statements()));
            if (app == apps.get(0)) {
                continue;
            }
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < result.perSecond().size(); i++) {
                ratios.add(app.engineOnly
                        ? reference.perSecond().get(i) / result.perSecond().get(i)
                        : result.perSecond().get(i) / reference.perSecond().get(i));
            }
            report.add(app.engineOnly
                    ? Figure.of(section, apps.get(0).label + " / " + app.label + " (our code on top of the engine)",
                    "ratio", ratios).against(Figure.Target.atLeast(0.8))
                    : Figure.of(section, app.label + " / " + apps.get(0).label, "ratio", ratios));
        }
        return results;
    }
}
