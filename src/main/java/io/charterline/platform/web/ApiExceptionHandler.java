package io.charterline.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of our API is an RFC 9457 problem+json body. Input errors list each bad field under
 * {@code errors}, so a client (or a person reading it) knows exactly what to correct.
 *
 * <p>Not limited to our controllers' packages: a request that no controller takes (an unknown path, a content
 * type no endpoint consumes) has no controller, and an advice limited to packages would leave it to Spring's
 * default error body.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** The type Spring gives a problem that names no type of its own. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    /** How Spring begins the message of a request without a body (or with the JSON {@code null}). */
    private static final String BODY_MISSING = "Required request body is missing";
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** The answer to the loser of a concurrent update, on our API and on engine-rest. */
    public static final String CONCURRENT_UPDATE = "Someone else changed this at the same moment, so nothing was "
            + "stored; a vote or decision may have closed meanwhile. Reload and try again.";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        return invalid("The request has invalid fields: " + exception.getMessage(), exception.fields());
    }

    /** Rules the engine itself enforces inside its transaction (delegates, listeners) end up here. */
    @ExceptionHandler(BadUserRequestException.class)
    ProblemDetail badUserRequest(BadUserRequestException exception) {
        List<InvalidField> fields = exception instanceof InvalidVariablesException invalid
                ? invalid.fields()
                : List.of(new InvalidField("body", exception.getMessage()));
        return invalid(exception.getMessage(), fields);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(ProblemTypes.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return problem(exception.type(), exception.getMessage());
    }

    @ExceptionHandler({AuthorizationException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException exception) {
        return problem(ProblemTypes.FORBIDDEN, exception.getMessage());
    }

    /**
     * Two users changed the same thing at once (board members voting in the same second, say); the loser's
     * transaction was rolled back and can be retried. Not a fault of ours: a warning without a stack trace.
     */
    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ProblemDetail concurrentUpdate(RuntimeException exception) {
        LOG.warn("Answered 409, a concurrent update: {}", exception.getMessage());
        return problem(ProblemTypes.VERSION_CONFLICT, CONCURRENT_UPDATE);
    }

    /** Anything unexpected: logged with a reference the user can quote, never a stack trace in the answer. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, exception);
        return problem(ProblemTypes.UNEXPECTED_ERROR,
                "Charterline could not complete the request; nothing was stored. Reference: " + reference);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidFields(headers, exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidField(error.getField(), error.getDefaultMessage()))
                .toArray(InvalidField[]::new));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() == null && String.valueOf(exception.getMessage()).startsWith(BODY_MISSING)) {
            // Spring's message goes on with the Java signature of the controller method, which helps nobody.
            String message = "The request body is missing: send the " + bodyName(request) + " as JSON";
            return ResponseEntity.badRequest().body(invalid(message, List.of(new InvalidField("body", message))));
        }
        // A bad date or number arrives as the parser's exception wrapped in Jackson's, which knows the field;
        // broken JSON (a StreamReadException at the root) has no field to name but the body.
        Throwable cause = exception.getMostSpecificCause() instanceof StreamReadException ? null
                : Causes.find(exception, JsonMappingException.class);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String message = "is not a known field";
            return ResponseEntity.badRequest()
                    .body(invalid("The request has invalid fields: " + field + " " + message,
                            List.of(new InvalidField(field, message))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = mapping instanceof MismatchedInputException mismatch
                    ? JsonTypeErrors.message(mismatch)
                    : JsonTypeErrors.WRONG_TYPE;
            return ResponseEntity.badRequest()
                    .body(invalid("The request has invalid fields: " + field + ": " + message,
                            List.of(new InvalidField(field, message))));
        }
        if (cause instanceof MismatchedInputException wholeBody) {
            String message = "The request body " + JsonTypeErrors.expectation(wholeBody.getTargetType());
            return ResponseEntity.badRequest().body(invalid(message, List.of(new InvalidField("body", message))));
        }
        String message = notJson(exception.getMostSpecificCause());
        return ResponseEntity.badRequest().body(invalid(message, List.of(new InvalidField("body", message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String given = exception.getContentType() == null ? "none" : exception.getContentType().toString();
        ProblemDetail problem = problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "The request body's Content-Type " + given
                + " is not accepted here; send one of " + MediaType.toString(exception.getSupportedMediaTypes()));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(ProblemTypes.NOT_FOUND,
                "There is nothing at " + exception.getHttpMethod() + " /" + exception.getResourcePath()
                        + "; the API is described at /swagger-ui.html"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return invalidFields(headers, new InvalidField(exception.getParameterName(), "is required"));
    }

    /** A query parameter or path segment that does not convert, such as {@code ?from=tomorrow} for a date. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : exception.getPropertyName();
        String message = exception.getValue() instanceof String value
                ? JsonTypeErrors.message(exception.getRequiredType(), value)
                : JsonTypeErrors.expectation(exception.getRequiredType());
        return invalidFields(headers, new InvalidField(name, message));
    }

    /**
     * Spring's own answers (a method not allowed, a ResponseStatusException) get our kinds, and a 400 of Spring's
     * that no handler above names fields for still lists one, so that every 400 reads alike.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            ProblemType kind = ProblemTypes.forStatus(status.value());
            problem.setType(kind.uri());
            problem.setTitle(kind.title());
        }
        if (body instanceof ProblemDetail problem && status.value() == HttpStatus.BAD_REQUEST.value()
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of(new InvalidField("request", String.valueOf(problem.getDetail()))));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /**
     * What the endpoint expects in its body, from the type of its {@code @RequestBody} parameter, in words:
     * {@code CharterInput} is "charter", {@code TerminationRequest} "termination request".
     */
    private static String bodyName(WebRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof HandlerMethod handler) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    String type = parameter.getParameterType().getSimpleName().replaceFirst("Input$", "");
                    return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
                }
            }
        }
        return "request";
    }

    /**
     * Where the parser stopped and what it found there, without its internals: Jackson's own message ends with the
     * source it read, which it redacts with the name of its feature switch.
     */
    private static String notJson(Throwable cause) {
        String message = "The request body is not valid JSON";
        if (!(cause instanceof JsonProcessingException parser)) {
            return message;
        }
        JsonLocation at = parser.getLocation();
        if (at != null && at.getLineNr() > 0) {
            message += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        String found = parser.getOriginalMessage();
        int source = found == null ? -1 : found.indexOf("[Source:");
        if (source >= 0) {
            // "expected close marker for Object (start marker at [Source: ...])": the marker's place is the source's
            int opened = found.lastIndexOf(" (", source);
            found = found.substring(0, opened >= 0 ? opened : source).strip();
        }
        return found == null || found.isBlank() ? message : message + ": " + found;
    }

    /** The field's path in the body, such as {@code workPackageChanges[0].estimateHours}. */
    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail invalid(String detail, List<InvalidField> fields) {
        ProblemDetail problem = problem(ProblemTypes.INVALID_INPUT, detail);
        problem.setProperty("errors", fields);
        return problem;
    }

    /** A 400 naming its bad fields, the detail summing them up as every other refusal of bad input does. */
    private static ResponseEntity<Object> invalidFields(HttpHeaders headers, InvalidField... fields) {
        String summary = Arrays.stream(fields).map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().headers(headers)
                .body(invalid("The request has invalid fields: " + summary, List.of(fields)));
    }

    static ProblemDetail problem(ProblemType kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(kind.status()), detail);
        problem.setType(kind.uri());
        problem.setTitle(kind.title());
        return problem;
    }
}
