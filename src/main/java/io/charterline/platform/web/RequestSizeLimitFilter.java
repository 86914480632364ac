package io.charterline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
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

    public RequestSizeLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            EngineApiProblem.writeTooLarge(request, response, declared + " bytes", limit);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !parsedByTomcat(request)) {
            Optional<ReadBody> read = ReadBody.upTo(request, Math.toIntExact(limit.toBytes()));
            if (read.isEmpty()) {
                EngineApiProblem.writeTooLarge(request, response, "more than " + limit.toBytes() + " bytes", limit);
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
