package io.charterline.change;

import io.charterline.platform.web.ConflictException;

/**
 * An approved change that the current baseline no longer admits, because another change applied first removed or
 * already added what it touches. A business outcome: change control ends the request as not applicable.
 */
public class ChangeNoLongerAppliesException extends ConflictException {

    public ChangeNoLongerAppliesException(String message) {
        super(message);
    }
}
