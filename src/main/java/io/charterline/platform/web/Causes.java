package io.charterline.platform.web;

/** What an exception was caused by, through the wrappers the engine, Jackson and Spring put around it. */
public final class Causes {

    private Causes() {
    }

    /** The exception itself or the nearest of its causes that is a {@code type}; null when none is. */
    public static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
