package io.charterline.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Two board members completing their votes in the same second: the loser's completion fails with the engine's
 * optimistic locking, which engine-rest wraps as a 500 of "Cannot complete task". The caller gets 409 and a message
 * that says what to do; the log gets a warning without a stack trace.
 */
class ConcurrentUpdateMapperTest {

    private static final OptimisticLockingException LOST = new OptimisticLockingException("ENGINE-03005 Execution "
            + "of 'INSERT VariableInstanceEntity[42]' failed. Entity was updated by another transaction concurrently.");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BadInputRestExceptionMapper.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void aVoteLostToAConcurrentCompletionIsAConflictToReloadAndRetry() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR, LOST,
                "Cannot complete task 7f3c: " + LOST.getMessage());

        Response response = new BadInputRestExceptionMapper().toResponse(wrapped);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getEntity()).isEqualTo(Map.of("type", "OptimisticLockingException", "message",
                "Someone else changed this at the same moment, so nothing was stored; a vote or decision may have "
                        + "closed meanwhile. Reload and try again."));
    }

    @Test
    void aCompletionThatFoundItsExecutionMovedIsAConflictToReloadAndRetry() {
        ProcessEngineException moved = new ProcessEngineException("cannot signal execution 5b1d: it has no current "
                + "activity");
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR, moved,
                "Cannot complete task 7f3c: " + moved.getMessage());

        Response response = new BadInputRestExceptionMapper().toResponse(wrapped);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getEntity()).isEqualTo(Map.of("type", "OptimisticLockingException", "message",
                "Someone else changed this at the same moment, so nothing was stored; a vote or decision may have "
                        + "closed meanwhile. Reload and try again."));
    }

    @Test
    void anUnwrappedOptimisticLockingFailureIsAConflictToo() {
        Response response = new BadInputRestExceptionMapper.EngineFailure().toResponse(LOST);

        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void theLossIsLoggedAsAWarningWithoutAStackTrace() {
        new BadInputRestExceptionMapper.EngineFailure().toResponse(LOST);

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("Answered 409, a concurrent update: "
                    + LOST.getMessage());
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
