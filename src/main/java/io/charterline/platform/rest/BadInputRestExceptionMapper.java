package io.charterline.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.charterline.platform.web.ApiExceptionHandler;
import io.charterline.platform.web.Causes;
import io.charterline.platform.web.DeploymentInUse;
import io.charterline.platform.web.EngineApiProblem;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.JsonTypeErrors;
import io.charterline.platform.web.ProblemTypes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * engine-rest reports any engine exception while starting a process or completing a task as 500. When the
 * cause is bad input found by our listeners and delegates, the caller deserves 400 naming each bad field, as our
 * API does; when it is a refusal by one of our listeners (a requester deciding on their own change), 403; when it
 * is the engine's optimistic locking (two board members voting in the same second), 409, as our API answers it.
 * The same holds for engine exceptions that engine-rest lets through unwrapped ({@link EngineFailure}). Deleting a
 * deployment that still has running instances is 409 naming the ways on ({@link DeploymentInUse}), not 500.
 *
 * <p>Bad input is answered as {@code application/problem+json} with the fields of our API ({@code type},
 * {@code title}, {@code status}, {@code detail}, {@code errors}) and engine-rest's {@code message}, which Tasklist
 * shows to the user.
 */
@Provider
@Priority(Priorities.USER - 100)
public class BadInputRestExceptionMapper implements ExceptionMapper<RestException> {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Logger LOG = LoggerFactory.getLogger(BadInputRestExceptionMapper.class);

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        AuthorizationException refusal = Causes.find(exception, AuthorizationException.class);
        if (refusal != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            return forbidden(refusal);
        }
        OptimisticLockingException lost = Causes.find(exception, OptimisticLockingException.class);
        if (lost != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            return concurrentUpdate(lost);
        }
        ProcessEngineException moved = executionMoved(exception);
        if (moved != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            return concurrentUpdate(moved);
        }
        ProcessEngineException inUse = DeploymentInUse.find(exception);
        if (inUse != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            return deploymentInUse(inUse);
        }
        BadUserRequestException badInput = Causes.find(exception, BadUserRequestException.class);
        if (badInput != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            List<InvalidField> fields = badInput instanceof InvalidVariablesException invalid
                    ? invalid.fields()
                    : List.of(new InvalidField("variables", badInput.getMessage()));
            return invalidInput(badInput.getMessage(), fields);
        }
        if (exception.getStatus() == Response.Status.BAD_REQUEST) {
            // engine-rest's own checks, such as a value that does not fit its declared type: the engine's message
            // says what is wrong with which value, but not which variable holds it.
            return invalidInput(exception.getMessage(), List.of(new InvalidField("variables", exception.getMessage())));
        }
        return camundaHandler.toResponse(exception);
    }

    static Response invalidInput(String message, List<InvalidField> fields) {
        return answer(Response.Status.BAD_REQUEST, EngineApiProblem.invalidInput(message, fields));
    }

    /** As our API answers a refusal, with engine-rest's {@code message} beside it for Tasklist. */
    static Response forbidden(AuthorizationException refusal) {
        return answer(Response.Status.FORBIDDEN, EngineApiProblem.of(ProblemTypes.FORBIDDEN,
                refusal.getMessage()));
    }

    /** A deployment that cannot be deleted as asked; the caller's to resolve, so nothing is logged. */
    static Response deploymentInUse(ProcessEngineException refusal) {
        return answer(Response.Status.CONFLICT, EngineApiProblem.of(ProblemTypes.DEPLOYMENT_IN_USE,
                DeploymentInUse.message(refusal)));
    }

    private static Response answer(Response.Status status, Map<String, Object> problem) {
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /**
     * A task completed while a non-interrupting event (a change's re-analysis on a moved plan, say) rearranged the
     * executions of its process instance: the engine read the task before the rearrangement and its execution after,
     * and finds that execution at no activity. Nothing was stored; as for an optimistic-locking failure, reloading
     * shows the task where it is now. Null for any other failure.
     */
    static ProcessEngineException executionMoved(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException moved && cause.getMessage() != null
                    && cause.getMessage().startsWith("cannot signal execution ")
                    && cause.getMessage().endsWith(": it has no current activity")) {
                return moved;
            }
        }
        return null;
    }

    /** Not a fault of ours: a warning without the stack trace the engine's handler would log for a 500. */
    static Response concurrentUpdate(ProcessEngineException lost) {
        LOG.warn("Answered 409, a concurrent update: {}", lost.getMessage());
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "OptimisticLockingException", "message", ApiExceptionHandler.CONCURRENT_UPDATE))
                .build();
    }

    /**
     * An engine exception that engine-rest lets through unwrapped, as from a claim: a refusal by one of our
     * listeners (the emergency approver claiming its review) reaches it wrapped in the engine's "exception while
     * invoking TaskListener", which engine-rest would answer 500; a concurrent update is the engine's own.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class EngineFailure implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            AuthorizationException refusal = Causes.find(exception, AuthorizationException.class);
            if (refusal != null && refusal != exception) {
                return forbidden(refusal);
            }
            OptimisticLockingException lost = Causes.find(exception, OptimisticLockingException.class);
            if (lost != null) {
                return concurrentUpdate(lost);
            }
            ProcessEngineException inUse = DeploymentInUse.find(exception);
            if (inUse != null) {
                return deploymentInUse(inUse);
            }
            return camundaHandler.toResponse(exception);
        }
    }

    /** A body that is not JSON at all; answered like our API does, naming the body. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class MalformedJson implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException exception) {
            String message = "The request body is not valid JSON: " + exception.getOriginalMessage();
            return invalidInput(message, List.of(new InvalidField("body", message)));
        }
    }

    /**
     * JSON of the wrong shape for engine-rest, such as an unknown property, named by its path in the body; or JSON
     * broken inside a value, which Jackson reports wrapped in a mapping exception.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class UnmappableJson implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException exception) {
            if (exception.getCause() instanceof StreamReadException broken) {
                String message = "The request body is not valid JSON: " + broken.getOriginalMessage();
                return invalidInput(message, List.of(new InvalidField("body", message)));
            }
            String field = exception.getPath().isEmpty() ? "body" : exception.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (exception instanceof UnrecognizedPropertyException) {
                String message = "is not a known field";
                return invalidInput(field + " " + message, List.of(new InvalidField(field, message)));
            }
            String message = exception instanceof MismatchedInputException mismatch
                    ? JsonTypeErrors.message(mismatch)
                    : JsonTypeErrors.WRONG_TYPE;
            return invalidInput(field + ": " + message, List.of(new InvalidField(field, message)));
        }
    }
}
