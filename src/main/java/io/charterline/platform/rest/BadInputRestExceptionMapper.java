package io.charterline.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * engine-rest reports any engine exception while starting a process or completing a task as 500. When the
 * cause is bad input found by our listeners and delegates, the caller deserves 400 and our message; when it is a
 * refusal by one of our listeners (a requester deciding on their own change), 403.
 */
@Provider
@Priority(Priorities.USER - 100)
public class BadInputRestExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        AuthorizationException refusal = find(exception, AuthorizationException.class);
        if (refusal != null && exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "AuthorizationException", "message", refusal.getMessage()))
                    .build();
        }
        BadUserRequestException badInput = find(exception, BadUserRequestException.class);
        if (badInput == null || exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
            return camundaHandler.toResponse(exception);
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "BadUserRequestException", "message", badInput.getMessage()))
                .build();
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
