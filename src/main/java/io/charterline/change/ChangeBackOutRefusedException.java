package io.charterline.change;

import io.charterline.platform.web.ConflictException;

/**
 * A failed change whose back-out would leave no valid plan, say a dependency cycle through packages that changes
 * approved after it set. A business outcome: the change stays in effect and change control asks the PMO how to
 * take it out (usually a change request that does it by hand).
 */
public class ChangeBackOutRefusedException extends ConflictException {

    public ChangeBackOutRefusedException(String message) {
        super(message);
    }
}
