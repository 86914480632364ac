package io.charterline.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the commits the application makes, and among them those that wrote something (a statement other than a
 * SELECT was prepared on the connection since its last commit). Wraps the application's DataSource, so the
 * engine, JPA and plain JDBC are all seen.
 */
final class CommitCounter implements BeanPostProcessor {

    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong writeCommits = new AtomicLong();

    long commits() {
        return commits.get();
    }

    long writeCommits() {
        return writeCommits.get();
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
