package io.charterline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every completion and time entry reads what the person's earlier completions of its days hold beyond their entries:
 * in one statement for all of them, so that a busy person's bookings cost no more statements than a new member's.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TimeEntryFixtures.class, CompletionStatementsTest.StatementCounter.class})
class CompletionStatementsTest {

    @Autowired
    TimeEntryFixtures fixtures;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    StatementCounter statements;

    @Test
    void aCompletionPreparesAsManyStatementsAfterFourCompletionsOfItsDayAsAfterOne() {
        String member = fixtures.newMember();
        String colleague = fixtures.newMember();
        completeA(fixtures.projectWithReleasedWork(member, colleague), member);
        String second = fixtures.projectWithReleasedWork(member, colleague);
        int afterOne = statements.count(() -> completeA(second, member));
        completeA(fixtures.projectWithReleasedWork(member, colleague), member);
        completeA(fixtures.projectWithReleasedWork(member, colleague), member);
        String fifth = fixtures.projectWithReleasedWork(member, colleague);

        int afterFour = statements.count(() -> completeA(fifth, member));

        assertThat(afterFour).isEqualTo(afterOne);
    }

    private void completeA(String key, String member) {
        timeEntries.complete(key, "A", BigDecimal.ONE, "Done", member);
    }

    /**
     * Wraps the application's DataSource and counts the statements this thread prepares while {@link #count} runs;
     * the engine's other threads are not counted.
     */
    static class StatementCounter implements BeanPostProcessor {

        private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

        private final AtomicInteger prepared = new AtomicInteger();
        private volatile Thread counted;

        int count(Runnable work) {
            prepared.set(0);
            counted = Thread.currentThread();
            try {
                work.run();
            } finally {
                counted = null;
            }
            return prepared.get();
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource) {
                return new DelegatingDataSource(dataSource) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        return counting(super.getConnection());
                    }

                    @Override
                    public Connection getConnection(String username, String password) throws SQLException {
                        return counting(super.getConnection(username, password));
                    }
                };
            }
            return bean;
        }

        private Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (PREPARING.contains(method.getName()) && Thread.currentThread() == counted) {
                            prepared.incrementAndGet();
                        }
                        try {
                            return method.invoke(target, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
