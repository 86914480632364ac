package io.charterline.charter;

import io.charterline.project.LifecycleVariables;
import java.util.List;

/**
 * The {@code charter-rejection-notice} process: the charter author's notice that the sponsor rejected the charter.
 * Its variables are the lifecycle's, copied when the lifecycle starts it.
 */
public final class CharterRejectionNoticeVariables {

    public static final String PROCESS_KEY = "charter-rejection-notice";
    public static final String MESSAGE_CHARTER_REJECTED = "CharterRejected";

    /** What the notice's form reads, and the author it is assigned to. */
    static final List<String> NOTICE_VARIABLES = List.of(LifecycleVariables.PROJECT_KEY,
            LifecycleVariables.PROJECT_NAME, LifecycleVariables.CHARTER_AUTHOR, LifecycleVariables.SPONSOR,
            LifecycleVariables.CHARTER_COMMENT);

    private CharterRejectionNoticeVariables() {
    }
}
