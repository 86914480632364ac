package io.charterline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * A problem (RFC 9457) as the engine's APIs answer it here, engine-rest and the webapps' copy alike: with
 * engine-rest's {@code message} beside {@code detail}, which Tasklist shows. One shape for the exception mapping
 * inside those APIs and for the servlet guards in front of them.
 */
public final class EngineApiProblem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineApiProblem() {
    }

    public static Map<String, Object> of(ProblemType kind, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", kind.type());
        problem.put("title", kind.title());
        problem.put("status", kind.status());
        problem.put("detail", message);
        problem.put("message", message);
        return problem;
    }

    /** Bad input, each bad field in {@code errors}, as every other refusal of bad input reads. */
    public static Map<String, Object> invalidInput(String message, List<InvalidField> fields) {
        Map<String, Object> problem = of(ProblemTypes.INVALID_INPUT, message);
        problem.put("errors", fields);
        return problem;
    }

    /**
     * Answers the request with the problem, for a guard that stops it before the engine's API. Jackson writes the
     * bytes in UTF-8, the only encoding of JSON, so the type carries no charset, as our API's problems do not.
     */
    public static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        response.setStatus((Integer) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /**
     * Refuses a request body over {@code limit}, naming the limit, for {@link RequestSizeLimitFilter} and for the
     * guards that read a body themselves: one answer whichever limit the body ran into.
     *
     * @param size what the body has, as far as it is known: "6291456 bytes", "more than 1048576 bytes"
     */
    public static void writeTooLarge(HttpServletRequest request, HttpServletResponse response, String size,
            DataSize limit) throws IOException {
        String allowed = "must be at most " + RequestSizeLimitFilter.readable(limit);
        Map<String, Object> problem = of(ProblemTypes.PAYLOAD_TOO_LARGE, "The request body has " + size + "; it "
                + allowed + " (" + limit.toBytes() + " bytes). Nothing was stored.");
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(new InvalidField("body", allowed)));
        // The client may still be sending: Tomcat reads and drops the rest (server.tomcat.max-swallow-size), then
        // closes the connection, as it does after any 413.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        write(response, problem);
    }
}
