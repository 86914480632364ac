package io.charterline.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the commits the application makes, and among them those that wrote something (a statement other than a
 * SELECT was prepared on the connection since its last commit), and the statements it prepares, in all and by
 * their text. Wraps the application's DataSource, so the engine, JPA and plain JDBC are all seen.
 */
final class CommitCounter implements BeanPostProcessor {

    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong writeCommits = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> callers = new ConcurrentHashMap<>();
    private volatile String traced;

    long commits() {
        return commits.get();
    }

    long writeCommits() {
        return writeCommits.get();
    }

    long statements() {
        return statements.get();
    }

    /** The most often prepared statements (their first 120 characters) and how often each was prepared. */
    List<Map.Entry<String, Long>> mostPrepared(int count) {
        return bySql.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .toList();
    }

    void resetStatements() {
        bySql.clear();
        callers.clear();
    }

    /** From now on, notes where statements that contain {@code text} are prepared (our code's frames). */
    void traceCallers(String text) {
        traced = text.toLowerCase(Locale.ROOT);
    }

    /** Where the traced statements were prepared, most often first: our five innermost frames. */
    List<Map.Entry<String, Long>> callers() {
        return callers.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList();
    }

    private void noteCaller() {
        String frames = StackWalker.getInstance().walk(stack -> stack
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .filter(name -> name.startsWith("io.charterline.") && !name.startsWith("io.charterline.bench.")
                        && !name.contains("$$"))
                .limit(5)
                .collect(java.util.stream.Collectors.joining(" < ")));
        callers.computeIfAbsent(frames, key -> new LongAdder()).increment();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        return bean;
    }

    private final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Counting(connection));
        }
    }

    private final class Counting implements InvocationHandler {

        private final Connection target;
        private boolean wrote;

        Counting(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> {
                    String sql = ((String) args[0]).stripLeading().toLowerCase(Locale.ROOT);
                    wrote |= !sql.startsWith("select") && !sql.startsWith("with");
                    statements.incrementAndGet();
                    bySql.computeIfAbsent(sql.substring(0, Math.min(120, sql.length())).replaceAll("\\s+", " "),
                            text -> new LongAdder()).increment();
                    String text = traced;
                    if (text != null && sql.contains(text)) {
                        noteCaller();
                    }
                }
                case "commit" -> {
                    commits.incrementAndGet();
                    if (wrote) {
                        writeCommits.incrementAndGet();
                    }
                    wrote = false;
                }
                case "rollback", "close" -> wrote = false;
                default -> {
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
