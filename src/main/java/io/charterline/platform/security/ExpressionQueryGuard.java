package io.charterline.platform.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.charterline.platform.web.EngineApiProblem;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes CVE-2026-109432 of Camunda 7.24 CE: an authenticated user could have JUEL expressions evaluated through
 * {@code orQueries} of task queries, past {@code enableExpressionsInAdhocQueries}. Any query request to engine-rest
 * or to the webapps' engine API that carries {@code ${} or {@code #{} in a parameter or in its body is refused with
 * 400 before the engine sees it. Stored filters keep their expressions: they are not sent with the request.
 */
public class ExpressionQueryGuard extends OncePerRequestFilter {

    static final int MAX_QUERY_BODY = 1024 * 1024;

    /** As lenient as a JSON reader can be, so that nothing the engine reads is skipped here. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();

    /** Query resources, relative to the API root: collections, their counts and filter executions. */
    private static final Pattern QUERY_PATH = Pattern.compile(
            "/(task|process-instance|execution|job|job-definition|incident|variable-instance|external-task"
                    + "|case-instance|case-execution|case-definition|process-definition|decision-definition"
                    + "|decision-requirements-definition|deployment|authorization|user|group|tenant|batch|filter"
                    + "|event-subscription|history/[a-z-]+)(/count)?/?"
                    + "|/filter/[^/]+/(list|count|singleResult)/?");

    private static final Pattern API_ROOT = Pattern.compile("^" + EngineApiPaths.ROOT);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (carriesExpression(value) || carriesExpression(parameter.getKey())) {
                    refuse(response, parameter.getKey(), "query parameter '" + parameter.getKey() + "'");
                    return;
                }
            }
        }
        if (!isQueryWithBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ReadBody> read = ReadBody.upTo(request, MAX_QUERY_BODY);
        if (read.isEmpty()) {
            refuseTooLarge(request, response);
            return;
        }
        byte[] body = read.get().body();
        if (carriesExpression(new String(body, StandardCharsets.UTF_8)) || jsonCarriesExpression(body)) {
            refuse(response, "body", "request body");
            return;
        }
        chain.doFilter(read.get(), response);
    }

    private static boolean isQueryWithBody(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String path = EngineApiPaths.of(request);
        var root = API_ROOT.matcher(path);
        return root.find() && QUERY_PATH.matcher(path.substring(root.end())).matches();
    }

    /**
     * The body as the engine will read it: JSON escapes such as {@code \u0024} for {@code $} hide an expression
     * from a look at the raw text. A body that is not JSON carries nothing the engine would evaluate, and the
     * engine answers it with its own 400.
     */
    static boolean jsonCarriesExpression(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && carriesExpression(parser.getText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException notJson) {
            return false;
        }
    }

    static boolean carriesExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * As every other refusal of bad input on the engine's APIs reads. The webapps show a failed request's
     * {@code message}, which the problem keeps beside {@code detail}; none of their code we found reads the
     * {@code type} engine-rest would have given ({@code InvalidRequestException}).
     */
    private static void refuse(HttpServletResponse response, String field, String where) throws IOException {
        String message = "Expressions (${...} or #{...}) are not allowed in queries; found one in the " + where + ".";
        EngineApiProblem.write(response, EngineApiProblem.invalidInput(message,
                List.of(new InvalidField(field, "must not contain an expression (${...} or #{...})"))));
    }

    /** A body this guard or another that reads the body (a claim's, a completion's) will not read whole. */
    static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EngineApiProblem.writeTooLarge(request, response, "more than " + MAX_QUERY_BODY + " bytes",
                DataSize.ofBytes(MAX_QUERY_BODY));
    }
}
