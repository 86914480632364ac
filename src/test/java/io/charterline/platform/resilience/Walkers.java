package io.charterline.platform.resilience;

import io.charterline.support.JarProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People working on many projects at once: each thread goes round its share of the unfinished walks and advances
 * each by what is open now, so that the job executors run the asynchronous steps while the people move on. Walk
 * {@code i} talks to node {@code i mod n}. A node that does not answer (killed, restarting) is waited for.
 */
final class Walkers {

    private final List<ProjectWalk> walks;
    private final List<Api> nodes;
    private final AtomicInteger finished = new AtomicInteger();

    Walkers(List<ProjectWalk> walks, List<Api> nodes) {
        this.walks = walks;
        this.nodes = nodes;
    }

    int finished() {
        return finished.get();
    }

    /** Starts the projects, as many at a time as there are threads, each on its node. */
    void startAll(int threads) throws Exception {
        ConcurrentLinkedQueue<Integer> toStart = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < walks.size(); i++) {
            toStart.add(i);
        }
        runInParallel(threads, thread -> {
            for (Integer next = toStart.poll(); next != null; next = toStart.poll()) {
                walks.get(next).start(node(next));
            }
        });
    }

    /** Walks every project to its goal; fails if that takes longer than the limit. */
    void walkAll(int threads, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        runInParallel(threads, thread -> {
            List<Integer> mine = new ArrayList<>();
            for (int i = thread; i < walks.size(); i += threads) {
                mine.add(i);
            }
            while (!mine.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(mine.size() + " walks of thread " + thread
                            + " unfinished after " + limit + ", e.g. " + walks.get(mine.get(0)).key());
                }
                boolean progressed = false;
                for (var each = mine.iterator(); each.hasNext(); ) {
                    int index = each.next();
                    try {
                        if (walks.get(index).advance(node(index))) {
                            each.remove();
                            finished.incrementAndGet();
                        }
                        progressed = true;
                    } catch (Api.NodeUnreachable down) {
                        JarProcesses.sleep(Duration.ofMillis(500));
                    }
                }
                if (!progressed || mine.size() < 4) {
                    // leave the job executors time for the asynchronous steps
                    JarProcesses.sleep(Duration.ofMillis(200));
                }
            }
        });
    }

    private Api node(int walk) {
        return nodes.get(walk % nodes.size());
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    private static void runInParallel(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int number = thread;
                running.add(pool.submit(() -> {
                    work.run(number);
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
