package io.charterline.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of work a work package is, so estimates can be compared across projects whose packages are named
 * differently. The name says most ("Migrate customer data"); where it says nothing known, the skill decides.
 */
public enum WorkPackageType {
    DESIGN, BUILD, TEST, MIGRATION, DEPLOYMENT, TRAINING, MANAGEMENT, OTHER;

    /** Checked in this order, so "Test data migration" is MIGRATION work and "Design review" DESIGN work. */
    private static final List<Map.Entry<WorkPackageType, List<String>>> NAME_WORDS = List.of(
            Map.entry(MIGRATION, List.of("migrat", "conversion", "data load", "cutover")),
            Map.entry(DEPLOYMENT, List.of("deploy", "rollout", "roll-out", "release", "go-live", "go live",
                    "install", "infrastructure")),
            Map.entry(TEST, List.of("test", "qa", "acceptance", "verification")),
            Map.entry(TRAINING, List.of("train", "documentation", "handbook", "manual")),
            Map.entry(DESIGN, List.of("design", "architect", "concept", "analysis", "requirement", "specification",
                    "prototype")),
            Map.entry(MANAGEMENT, List.of("project management", "coordination", "steering", "governance")),
            Map.entry(BUILD, List.of("implement", "develop", "build", "code", "integrat", "interface", "api",
                    "adapter", "config")));

    private static final Map<String, WorkPackageType> SKILL_TYPES = Map.ofEntries(
            Map.entry("ANALYSIS", DESIGN), Map.entry("ARCHITECTURE", DESIGN), Map.entry("UX", DESIGN),
            Map.entry("JAVA", BUILD), Map.entry("FRONTEND", BUILD), Map.entry("DATABASE", BUILD),
            Map.entry("DATA", MIGRATION), Map.entry("TESTING", TEST), Map.entry("DEVOPS", DEPLOYMENT),
            Map.entry("NETWORK", DEPLOYMENT), Map.entry("SECURITY", BUILD),
            Map.entry("PROJECT_MANAGEMENT", MANAGEMENT));

    public static WorkPackageType of(String name, String skill) {
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (Map.Entry<WorkPackageType, List<String>> entry : NAME_WORDS) {
            if (entry.getValue().stream().anyMatch(lowerName::contains)) {
                return entry.getKey();
            }
        }
        return skill == null ? OTHER : SKILL_TYPES.getOrDefault(skill.toUpperCase(Locale.ROOT), OTHER);
    }
}
