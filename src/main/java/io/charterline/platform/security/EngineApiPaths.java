package io.charterline.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the engine's REST API answers: engine-rest at {@code /engine-rest}, and the webapps' copy (Tasklist,
 * Cockpit) at {@code /camunda/api/engine/engine/{engine}}. One place for the guards in front of it, so a guard
 * never watches one of them and misses the other.
 */
final class EngineApiPaths {

    /** A regular expression for either root, without a group of its own. */
    static final String ROOT = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";

    private EngineApiPaths() {
    }

    /** The request's path inside the application, as the patterns built on {@link #ROOT} expect it. */
    static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
