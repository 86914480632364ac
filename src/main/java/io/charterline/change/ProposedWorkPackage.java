package io.charterline.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A work-package change as stored with its change request; predecessors are kept space-separated, an empty string
 * for "none" and null for "not given" (a MODIFY that keeps them).
 */
@Embeddable
public class ProposedWorkPackage {

    @Enumerated(EnumType.STRING)
    private WorkPackageAction action;

    private String code;
    private String name;
    private BigDecimal estimateHours;
    private String skill;
    private Integer skillLevel;

    @Column(name = "predecessors")
    private String predecessors;

    protected ProposedWorkPackage() {
    }

    static ProposedWorkPackage of(WorkPackageChange change) {
        ProposedWorkPackage row = new ProposedWorkPackage();
        row.action = change.action();
        row.code = change.code();
        row.name = change.name();
        row.estimateHours = change.estimateHours();
        row.skill = change.skill();
        row.skillLevel = change.skillLevel();
        row.predecessors = change.givesPredecessors() ? String.join(" ", change.predecessors()) : null;
        return row;
    }

    WorkPackageChange toChange() {
        List<String> codes = predecessors == null ? null
                : Arrays.stream(predecessors.split(" ")).filter(code -> !code.isEmpty()).toList();
        return new WorkPackageChange(action, code, name, estimateHours, skill, skillLevel, codes);
    }
}
