package io.charterline.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One work package as the project manager plans it: a WBS code, what it is, how many hours of which skill at
 * which level it needs, and the codes of the packages that must finish before it can start. Values stay as
 * given until {@link WorkPackageValidator} has checked them, so every bad field can be reported at once.
 */
public record WorkPackageSpec(
        String code,
        String name,
        BigDecimal estimateHours,
        String skill,
        Integer skillLevel,
        List<String> predecessors) {

    /** Hours keep at least two decimals, as stored, so a plan read back equals the plan given. */
    public WorkPackageSpec {
        if (estimateHours != null && estimateHours.scale() < 2) {
            estimateHours = estimateHours.setScale(2);
        }
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }
}
