package io.charterline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * A problem (RFC 9457) as the engine's APIs answer it here, engine-rest and the webapps' copy alike: with
 * engine-rest's {@code message} beside {@code detail}, which Tasklist shows. One shape for the exception mapping
 * inside those APIs and for the servlet guards in front of them.
 */
public final class EngineApiProblem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineApiProblem() {
    }

    public static Map<String, Object> of(int status, String type, String title, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("message", message);
        return problem;
    }

    /** Bad input, each bad field in {@code errors}, as every other refusal of bad input reads. */
    public static Map<String, Object> invalidInput(String message, List<InvalidField> fields) {
        Map<String, Object> problem = of(HttpServletResponse.SC_BAD_REQUEST,
                ProblemTypes.INVALID_INPUT, "Invalid input", message);
        problem.put("errors", fields);
        return problem;
    }

    /** Answers the request with the problem, in UTF-8, for a guard that stops it before the engine's API. */
    public static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        response.setStatus((Integer) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), problem);
    }
}
