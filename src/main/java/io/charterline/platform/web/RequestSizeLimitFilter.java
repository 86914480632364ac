package io.charterline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit with 413 and a problem naming the limit, before anything reads it.
 * Tomcat and Spring limit only multipart uploads ({@code spring.servlet.multipart.max-request-size}); a JSON or CSV
 * body of our API, or any engine-rest body, would otherwise be read whole into memory, whatever its size. A body
 * sent in chunks, without a declared length, is read up to the limit and refused as soon as it goes beyond.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final ObjectMapper json;

    public RequestSizeLimitFilter(DataSize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            refuse(request, response, declared + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !parsedByTomcat(request)) {
            Optional<ReadBody> read = ReadBody.upTo(request, Math.toIntExact(limit.toBytes()));
            if (read.isEmpty()) {
                refuse(request, response, "more than " + limit.toBytes() + " bytes");
                return;
            }
            chain.doFilter(read.get(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Multipart and form bodies are parsed by Tomcat from its own buffer, under Spring's multipart limits. */
    private static boolean parsedByTomcat(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("multipart/")
                || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        String allowed = "must be at most " + readable(limit);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.put("title", "Request body too large");
        problem.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        problem.put("detail", "The request body has " + size + "; it " + allowed + " (" + limit.toBytes()
                + " bytes). Nothing was stored.");
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(new InvalidField("body", allowed)));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The client may still be sending: Tomcat reads and drops the rest (server.tomcat.max-swallow-size), then
        // closes the connection, as it does after any 413.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        json.writeValue(response.getOutputStream(), problem);
    }

    static String readable(DataSize size) {
        if (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return size.toBytes() + " bytes";
    }
}
