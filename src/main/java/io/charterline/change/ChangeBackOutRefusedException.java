package io.charterline.change;

import io.charterline.platform.web.ConflictException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A failed change whose back-out would leave no valid plan, say a dependency cycle through packages that changes
 * approved after it set. A business outcome: the change stays in effect and change control asks the PMO how to
 * take it out (usually a change request that does it by hand).
 */
public class ChangeBackOutRefusedException extends ConflictException {

    private final Set<String> laterChanges;

    public ChangeBackOutRefusedException(String message) {
        this(message, Set.of());
    }

    /** @param laterChanges the later changes that made other work wait for what the back-out would remove */
    public ChangeBackOutRefusedException(String message, Set<String> laterChanges) {
        super(message);
        this.laterChanges = Collections.unmodifiableSet(new LinkedHashSet<>(laterChanges));
    }

    /** The later changes the refusal names, so their own logs can say they block this back-out. */
    public Set<String> laterChanges() {
        return laterChanges;
    }
}
