package io.charterline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the figures, prints them as a table and writes BENCHMARKS.md. */
final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Report() {
        facts.put("Date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        facts.put("CPUs", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-X")).toList());
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    void fact(String name, String value) {
        facts.put(name, value);
        System.out.println(name + ": " + value);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("Note: " + text);
    }

    Figure add(Figure figure) {
        figures.add(figure);
        System.out.printf("%-12s %-58s %12s %-10s %s %s%n", figure.section(), figure.name(),
                Figure.format(figure.median()), figure.unit(), figure.spread(), figure.verdict());
        return figure;
    }

    void print() {
        System.out.println();
        System.out.println(table());
    }

    void write(Path file) throws IOException {
        StringBuilder md = new StringBuilder("# Charterline benchmarks\n\n");
        md.append("Written by `mvn -Pbench verify` (see README, section Benchmarks). Each figure is the median of ")
                .append("its runs; the spread is the lowest and the highest run.\n\n");
        facts.forEach((name, value) -> md.append("- **").append(name).append(":** ").append(value).append('\n'));
        md.append('\n').append(table()).append('\n');
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        // What profiling found and what was changed, written by hand: a run measures only the code as it is.
        Path findings = Path.of(System.getProperty("bench.findings", "src/bench/findings.md"));
        if (Files.exists(findings)) {
            md.append('\n').append(Files.readString(findings));
        }
        Files.writeString(file, md.toString());
        System.out.println("Wrote " + file.toAbsolutePath());
    }

    private String table() {
        StringBuilder table = new StringBuilder(
                "| Section | Figure | Median | Unit | Spread | Target |\n|---|---|---:|---|---|---|\n");
        for (Figure figure : figures) {
            table.append("| ").append(figure.section()).append(" | ").append(figure.name())
                    .append(figure.note() == null ? "" : " (" + figure.note() + ")").append(" | ")
                    .append(Figure.format(figure.median())).append(" | ").append(figure.unit()).append(" | ")
                    .append(figure.spread()).append(" | ").append(figure.verdict()).append(" |\n");
        }
        return table.toString();
    }
}
