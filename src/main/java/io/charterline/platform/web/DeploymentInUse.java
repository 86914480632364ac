package io.charterline.platform.web;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Deleting a deployment whose processes still have running instances, without {@code cascade}: the engine refuses
 * it with ENGINE-03076, a plain engine exception that engine-rest would answer 500 with two stack traces in the
 * log. The request cannot be done as it stands, which is the caller's to resolve: engine-rest answers 409 saying
 * what to do, and the log stays quiet ({@link UserErrorLogFilter}).
 */
public final class DeploymentInUse {

    /** The engine's message id for a process definition that cannot be deleted because instances run on it. */
    static final String MESSAGE_ID = "ENGINE-03076";

    private DeploymentInUse() {
    }

    /** The engine's refusal in the cause chain, or null. */
    public static ProcessEngineException find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException refusal && cause.getMessage() != null
                    && cause.getMessage().startsWith(MESSAGE_ID)) {
                return refusal;
            }
        }
        return null;
    }

    /** What the caller reads: why nothing was deleted and the two ways on. */
    public static String message(ProcessEngineException refusal) {
        return "The deployment still has running process instances, so nothing was deleted. Migrate them to "
                + "another version first (process owners may), or have an administrator delete the deployment "
                + "with its instances (cascade=true), which ends them for good. " + refusal.getMessage();
    }
}
