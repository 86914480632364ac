package io.charterline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the process's threads, native ones included (JIT compilers, garbage collector), read from Linux's
 * {@code /proc/self/task}: shows what the process CPU that no step accounts for is spent on. Empty elsewhere.
 */
final class ThreadCpu {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux reports thread CPU in clock ticks, 100 per second on every common configuration. */
    private static final double MS_PER_TICK = 10.0;

    private final Map<String, Long> ticksByThread;

    private ThreadCpu(Map<String, Long> ticksByThread) {
        this.ticksByThread = ticksByThread;
    }

    static ThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new ThreadCpu(ticks);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task, ticks));
        } catch (IOException | RuntimeException unreadable) {
            ticks.clear();
        }
        return new ThreadCpu(ticks);
    }

    /**
     * Milliseconds per unit of work spent since {@code before}, by thread group (the name without its number),
     * largest first, and what the threads that ended in between spent: the rest of {@code processCpuNanos}.
     */
    List<String> since(ThreadCpu before, int units, long processCpuNanos) {
        Map<String, Long> byGroup = new TreeMap<>();
        ticksByThread.forEach((thread, ticks) -> {
            long spent = ticks - before.ticksByThread.getOrDefault(thread, 0L);
            if (spent > 0) {
                byGroup.merge(group(thread), spent, Long::sum);
            }
        });
        List<String> lines = new ArrayList<>();
        byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> lines.add("%8.1f ms  %s".formatted(entry.getValue() * MS_PER_TICK / units,
                        entry.getKey())));
        double listed = byGroup.values().stream().mapToLong(Long::longValue).sum() * MS_PER_TICK;
        double ended = (processCpuNanos / 1e6 - listed) / units;
        // below a millisecond the difference is the ticks' rounding
        if (!lines.isEmpty() && ended >= 1) {
            lines.add(("%8.1f ms  threads that ended meanwhile (the lifecycle workers, when they ended before this"
                    + " was read)").formatted(ended));
        }
        return lines;
    }

    private static void read(Path task, Map<String, Long> ticks) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            // pid (comm) state ...: the name may hold spaces and brackets, so split after its last ')'
            int close = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            // fields[0] is the state; utime and stime are the 14th and 15th fields of the whole line
            long cpu = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            ticks.put(task.getFileName() + " " + name, cpu);
        } catch (IOException | RuntimeException ended) {
            // the thread ended while we read
        }
    }

    private static String group(String thread) {
        String name = thread.substring(thread.indexOf(' ') + 1);
        return name.replaceAll("[#\\-]?\\d+$", "").replaceAll("-\\d+-", "-N-");
    }
}
