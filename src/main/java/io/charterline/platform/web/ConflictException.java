package io.charterline.platform.web;

/** The request is well-formed but the resource's current state does not allow it; answered with 409. */
public class ConflictException extends RuntimeException {

    private final ProblemType type;

    public ConflictException(String message) {
        this(ProblemTypes.CONFLICT, message);
    }

    private ConflictException(ProblemType type, String message) {
        super(message);
        this.type = type;
    }

    /** The caller sent the version they read, and someone has changed it since. */
    public static ConflictException staleVersion(String message) {
        return new ConflictException(ProblemTypes.VERSION_CONFLICT, message);
    }

    /** Its kind, one of {@link ProblemTypes}. */
    public ProblemType type() {
        return type;
    }
}
