package io.charterline.platform.web;

import java.util.List;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits fails while the request is read, before any controller is chosen, so
 * {@link ApiExceptionHandler} (bound to our controllers) never sees it and the caller would get a bare 413.
 * A body of declared length is refused earlier, by {@link RequestSizeLimitFilter}; this covers chunked uploads.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitExceptionHandler {

    private final DataSize limit;

    UploadLimitExceptionHandler(MultipartProperties multipart) {
        this.limit = multipart.getMaxFileSize().compareTo(multipart.getMaxRequestSize()) < 0
                ? multipart.getMaxFileSize() : multipart.getMaxRequestSize();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException exception) {
        String allowed = "must be at most " + RequestSizeLimitFilter.readable(limit);
        ProblemDetail problem = ApiExceptionHandler.problem(ProblemTypes.PAYLOAD_TOO_LARGE,
                "The uploaded file " + allowed + " (" + limit.toBytes() + " bytes). Nothing was stored.");
        problem.setProperty("errors", List.of(new InvalidField("file", allowed)));
        return problem;
    }
}
