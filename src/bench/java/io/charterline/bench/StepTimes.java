package io.charterline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * CPU time of each of our steps: every delegate and listener bean, and the services the script calls for a
 * project's start and a change's submission, are wrapped so that the calling thread's CPU time is added up per
 * bean. A step that calls the engine (a message correlation) includes the engine's work it causes.
 */
final class StepTimes implements BeanPostProcessor {

    private static final Set<String> ENTRY_SERVICES = Set.of("projectService", "changeRequestService");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> ownNanos = new ConcurrentHashMap<>();
    /** CPU time of the steps called inside the running step, per thread, to tell a step's own time. */
    private final ThreadLocal<long[]> nested = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        boolean step = bean instanceof JavaDelegate || bean instanceof ExecutionListener
                || bean instanceof TaskListener;
        // The engine-only run's stand-ins are final: nothing of ours to measure there.
        if (!step && !ENTRY_SERVICES.contains(name) || Modifier.isFinal(bean.getClass().getModifiers())) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            String method = invocation.getMethod().getName();
            if (step && !method.equals("execute") && !method.equals("notify")) {
                return invocation.proceed();
            }
            String key = step ? name : name + "." + method;
            long[] inner = nested.get();
            long outerInner = inner[0];
            inner[0] = 0;
            long start = threads.getCurrentThreadCpuTime();
            try {
                return invocation.proceed();
            } finally {
                long spent = threads.getCurrentThreadCpuTime() - start;
                nanos.computeIfAbsent(key, k -> new LongAdder()).add(spent);
                ownNanos.computeIfAbsent(key, k -> new LongAdder()).add(spent - inner[0]);
                calls.computeIfAbsent(key, k -> new LongAdder()).increment();
                inner[0] = outerInner + spent;
            }
        });
        return proxy.getProxy();
    }

    void reset() {
        nanos.clear();
        ownNanos.clear();
        calls.clear();
    }

    long ownNanos() {
        return ownNanos.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /**
     * Per step, most expensive first: CPU milliseconds per lifecycle without and with the steps it called,
     * calls per lifecycle, name.
     */
    List<String> report(int lifecycles) {
        return ownNanos.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .map(e -> String.format("%8.2f ms own %8.2f ms all %6.1f calls  %s",
                        e.getValue().sum() / 1e6 / lifecycles, nanos.get(e.getKey()).sum() / 1e6 / lifecycles,
                        calls.get(e.getKey()).sum() / (double) lifecycles, e.getKey()))
                .toList();
    }
}
