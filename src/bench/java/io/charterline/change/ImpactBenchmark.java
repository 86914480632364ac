package io.charterline.change;

import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.Dependency;
import io.charterline.cmdb.ServiceGraph;
import io.charterline.cmdb.ServiceNode;
import io.charterline.plan.CriticalPathScheduler;
import io.charterline.plan.Plan;
import io.charterline.plan.StatusDate;
import io.charterline.plan.WorkPackageSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The impact of one change (one package gets longer, one service item is named) on plans of growing size, with
 * the full impact calculation the change-control process runs: re-schedule, cost, overloads, affected services
 * and window rules. Plans are random DAGs in which each package follows up to three of the 50 packages before it
 * (most have one or two predecessors, as in a real work breakdown); the service graph has 2,000 items, each
 * depending on up to three earlier ones.
 */
public final class ImpactBenchmark {

    public record Latencies(int size, List<Double> millis) {
    }

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final Map<String, BigDecimal> RATES = Map.of("JAVA", new BigDecimal("110.00"),
            "TESTING", new BigDecimal("85.00"));
    private static final Instant WINDOW = Instant.parse("2027-03-06T22:00:00Z");
    private static final int SERVICE_ITEMS = 2_000;

    private final Random random = new Random(20270104);
    private final ServiceGraph services = serviceGraph();
    private final InMemoryPortfolio people = new InMemoryPortfolio()
            .qualified("JAVA", "dev1", "dev2", "dev3").qualified("TESTING", "dev1");

    /** Times {@code samples} analyses of a fresh random change on a plan of {@code size} packages. */
    public Latencies measure(int size, int warmUp, int samples) {
        Plan plan = Plan.of(new CriticalPathScheduler().schedule(packages(size), START), RATES, code -> null);
        ImpactCalculator calculator = new ImpactCalculator(RATES, people, services, List.of());
        ImpactCalculator.AnalysedBaseline baseline = new ImpactCalculator.AnalysedBaseline(1, plan,
                new BigDecimal("1000000000"), START.plusYears(20), Map.of(), new StatusDate(START, Set.of()));
        List<Double> millis = new ArrayList<>();
        Consumer<Boolean> once = keep -> {
            ChangeProposal proposal = change(size);
            long start = System.nanoTime();
            calculator.analyse(baseline, proposal);
            long took = System.nanoTime() - start;
            if (keep) {
                millis.add(took / 1_000_000.0);
            }
        };
        for (int i = 0; i < warmUp; i++) {
            once.accept(false);
        }
        for (int i = 0; i < samples; i++) {
            once.accept(true);
        }
        return new Latencies(size, millis);
    }

    private ChangeProposal change(int size) {
        String code = code(random.nextInt(size));
        String item = "SVC-" + random.nextInt(SERVICE_ITEMS);
        WorkPackageChange longer = new WorkPackageChange(WorkPackageAction.MODIFY, code, null,
                BigDecimal.valueOf(24 + random.nextInt(40)), null, null, null);
        return new ChangeProposal("Longer package", "One package takes longer", "Underestimated", ChangeType.NORMAL,
                "requester", List.of(longer), BigDecimal.ZERO, null, List.of(item), WINDOW,
                WINDOW.plusSeconds(4 * 3600));
    }

    private List<WorkPackageSpec> packages(int size) {
        List<WorkPackageSpec> specs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<String> predecessors = new ArrayList<>();
            int wanted = i == 0 ? 0 : random.nextInt(4);
            for (int p = 0; p < wanted; p++) {
                String predecessor = code(Math.max(0, i - 1 - random.nextInt(Math.min(i, 50))));
                if (!predecessors.contains(predecessor)) {
                    predecessors.add(predecessor);
                }
            }
            specs.add(new WorkPackageSpec(code(i), "Package " + i, BigDecimal.valueOf(8 + random.nextInt(80)),
                    random.nextInt(5) == 0 ? "TESTING" : "JAVA", 2, predecessors));
        }
        return specs;
    }

    private ServiceGraph serviceGraph() {
        Criticality[] levels = Criticality.values();
        List<ServiceNode> nodes = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < SERVICE_ITEMS; i++) {
            nodes.add(new ServiceNode("SVC-" + i, "Service " + i, levels[random.nextInt(levels.length)]));
            int wanted = i == 0 ? 0 : 1 + random.nextInt(3);
            for (int d = 0; d < wanted; d++) {
                Dependency dependency = new Dependency("SVC-" + i, "SVC-" + random.nextInt(i));
                if (!dependencies.contains(dependency)) {
                    dependencies.add(dependency);
                }
            }
        }
        return new ServiceGraph(nodes, dependencies, Map.of(), List.of());
    }

    private static String code(int index) {
        return "WP-" + index;
    }
}
