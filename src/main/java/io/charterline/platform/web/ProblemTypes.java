package io.charterline.platform.web;

import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;

/**
 * The kinds of every problem (RFC 9457) Charterline answers, on our API and on the engine's APIs alike, so a
 * client tells the kinds apart by one field wherever the answer comes from, and reads the same title for each.
 */
public final class ProblemTypes {

    public static final ProblemType INVALID_INPUT = new ProblemType("/problems/invalid-input", 400, "Invalid input");
    /** No credentials, or credentials that do not match a user. */
    public static final ProblemType UNAUTHORIZED = new ProblemType("/problems/unauthorized", 401, "Unauthorized");
    public static final ProblemType FORBIDDEN = new ProblemType("/problems/forbidden", 403, "Forbidden");
    public static final ProblemType NOT_FOUND = new ProblemType("/problems/not-found", 404, "Not found");
    /** The current state does not allow the request, such as a plan upload to a project that is executing. */
    public static final ProblemType CONFLICT =
            new ProblemType("/problems/conflict", 409, "Conflict with the current state");
    /** Someone else changed the same thing since the caller read it, or at the same moment: reload and retry. */
    public static final ProblemType VERSION_CONFLICT =
            new ProblemType("/problems/version-conflict", 409, "Concurrent update");
    /** Deleting a deployment that still has running process instances. */
    public static final ProblemType DEPLOYMENT_IN_USE =
            new ProblemType("/problems/deployment-in-use", 409, "Deployment in use");
    public static final ProblemType PAYLOAD_TOO_LARGE =
            new ProblemType("/problems/payload-too-large", 413, "Request body too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("/problems/unsupported-media-type", 415, "Unsupported media type");
    public static final ProblemType UNEXPECTED_ERROR =
            new ProblemType("/problems/unexpected-error", 500, "Unexpected error");

    private ProblemTypes() {
    }

    /**
     * The kind of an answer Spring writes for us (a missing parameter, a method not allowed), by its status: the
     * kinds above where one fits, otherwise one named after the status, such as {@code /problems/method-not-allowed}
     * titled "Method not allowed".
     */
    public static ProblemType forStatus(int status) {
        return Stream.of(INVALID_INPUT, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
                        UNEXPECTED_ERROR)
                .filter(kind -> kind.status() == status)
                .findFirst()
                .orElseGet(() -> named(status));
    }

    private static ProblemType named(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return new ProblemType("/problems/status-" + status, status, "Status " + status);
        }
        String words = known.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new ProblemType("/problems/" + words.replace(' ', '-'), status,
                Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
}
