package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkPackageTypeTest {

    @Test
    void nameDecidesBeforeSkill() {
        assertThat(WorkPackageType.of("Migrate customer data", "JAVA")).isEqualTo(WorkPackageType.MIGRATION);
        assertThat(WorkPackageType.of("Test data migration", "TESTING")).isEqualTo(WorkPackageType.MIGRATION);
        assertThat(WorkPackageType.of("User acceptance", "ANALYSIS")).isEqualTo(WorkPackageType.TEST);
        assertThat(WorkPackageType.of("Go-live weekend", "JAVA")).isEqualTo(WorkPackageType.DEPLOYMENT);
    }

    @Test
    void skillDecidesWhenTheNameSaysNothingKnown() {
        assertThat(WorkPackageType.of("Order screens", "FRONTEND")).isEqualTo(WorkPackageType.BUILD);
        assertThat(WorkPackageType.of("Firewall rules", "NETWORK")).isEqualTo(WorkPackageType.DEPLOYMENT);
        assertThat(WorkPackageType.of("Misc", null)).isEqualTo(WorkPackageType.OTHER);
    }
}
