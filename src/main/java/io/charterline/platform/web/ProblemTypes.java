package io.charterline.platform.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The {@code type} of every problem (RFC 9457) Charterline answers, on our API and on the engine's APIs alike, so a
 * client tells the kinds apart by one field wherever the answer comes from.
 */
public final class ProblemTypes {

    public static final String INVALID_INPUT = "/problems/invalid-input";
    public static final String FORBIDDEN = "/problems/forbidden";
    public static final String NOT_FOUND = "/problems/not-found";
    /** The current state does not allow the request, such as a plan upload to a project that is executing. */
    public static final String CONFLICT = "/problems/conflict";
    /** Someone else changed the same thing since the caller read it, or at the same moment: reload and retry. */
    public static final String VERSION_CONFLICT = "/problems/version-conflict";
    /** Deleting a deployment that still has running process instances. */
    public static final String DEPLOYMENT_IN_USE = "/problems/deployment-in-use";
    public static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
    public static final String UNEXPECTED_ERROR = "/problems/unexpected-error";

    private ProblemTypes() {
    }

    /**
     * The type of an answer Spring writes for us (a missing parameter, a method not allowed), by its status: the
     * kinds above where one fits, otherwise the status's name, such as {@code /problems/method-not-allowed}.
     */
    public static URI forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return URI.create(switch (status) {
            case 400 -> INVALID_INPUT;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> UNEXPECTED_ERROR;
            default -> "/problems/" + (known == null ? "status-" + status
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
    }
}
