package io.charterline.change;

import java.math.BigDecimal;
import java.util.List;

/**
 * One proposed change to a work package. For {@code ADD} every field but the predecessors is required; for
 * {@code MODIFY} the given fields are the package's new values (null = unchanged, and an empty predecessors list
 * = no predecessors any more); for {@code REMOVE} only the code counts, with estimate and skill as the requester's
 * statement of what is given up.
 */
public record WorkPackageChange(
        WorkPackageAction action,
        String code,
        String name,
        BigDecimal estimateHours,
        String skill,
        Integer skillLevel,
        List<String> predecessors) {

    public List<String> predecessorsOrEmpty() {
        return predecessors == null ? List.of() : predecessors;
    }

    /** Whether the change sets the predecessors, possibly to none; JSON binds an absent field to null, [] to []. */
    public boolean givesPredecessors() {
        return predecessors != null;
    }
}
