package io.charterline.platform.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Marker;

/**
 * Keeps a user's mistake out of the error log. The engine logs every failed command as ENGINE-16004 with its stack
 * trace, at ERROR, except bad requests and refusals (and optimistic-locking losses), which it logs at DEBUG. It
 * decides by the exception it catches, though, and what our task listeners throw ({@link InvalidVariablesException},
 * a refusal) reaches it wrapped in the engine's "exception while invoking TaskListener", so each 400 of a task
 * completion came with some 200 lines of ERROR. This filter applies the engine's rule for bad requests and refusals
 * to the whole cause chain, and to the deletion of a deployment that still has instances ({@link DeploymentInUse});
 * such a failure is answered to the caller (400, 403 or 409) and not logged. Every other
 * ENGINE-16004, and all else the engine's context logger reports (ENGINE-16005, the BPMN stack trace
 * ENGINE-16006), is logged as before: silencing the logger would hide the engine's real failures, which only it
 * logs with their stack trace when they are not answered over HTTP.
 */
public class UserErrorLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    static final String COMMAND_FAILED = "ENGINE-16004";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || format == null
                || !format.startsWith(COMMAND_FAILED)) {
            return FilterReply.NEUTRAL;
        }
        return causedByUser(thrown != null ? thrown : lastThrowable(params)) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** The engine's logger hands the exception as the last parameter of the message. */
    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown
                ? thrown : null;
    }

    static boolean causedByUser(Throwable thrown) {
        return Causes.find(thrown, BadUserRequestException.class) != null
                || Causes.find(thrown, AuthorizationException.class) != null
                || DeploymentInUse.find(thrown) != null;
    }
}
