package io.charterline.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo data is on under the test profile, so the catalog was seeded at startup. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServiceCatalogDemoDataTest {

    private static final List<String> KEYS = List.of("NETWORK-CORE", "VIRT-PLATFORM", "K8S", "IAM", "CUSTOMER-DB",
            "ERP-DB", "MESSAGE-BUS", "API-GATEWAY", "EMAIL", "DWH", "CRM", "PAYMENT-GW", "BILLING", "ERP", "HR",
            "ECOMMERCE", "CUSTOMER-PORTAL", "MOBILE-APP", "SUPPORT-DESK", "REPORTING", "DOC-MGMT", "INTRANET",
            "MONITORING", "BACKUP", "WAREHOUSE-MGMT");

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ServiceCatalogDemoData demoData;

    @Test
    void twentyFiveServicesWithWindowsAndKeysTheChartersAccept() {
        ServiceGraph graph = catalog.graph();
        assertThat(KEYS).allSatisfy(key -> {
            assertThat(graph.contains(key)).as(key).isTrue();
            assertThat(key).matches(ServiceValidator.KEY);
            assertThat(graph.maintenanceWindowsOf(key)).as(key).isNotEmpty();
        });
    }

    @Test
    void aCustomerDatabaseChangeReachesTheShopThroughBilling() {
        assertThat(catalog.graph().transitiveDependents(List.of("CUSTOMER-DB")))
                .filteredOn(impacted -> impacted.key().equals("ECOMMERCE"))
                .singleElement()
                .satisfies(shop -> {
                    assertThat(shop.criticality()).isEqualTo(Criticality.CRITICAL);
                    assertThat(shop.path()).containsExactly("CUSTOMER-DB", "BILLING", "ECOMMERCE");
                });
    }

    @Test
    void billingHasItsOwnFreezeAndEveryServiceTheYearEndFreeze() {
        ServiceGraph graph = catalog.graph();
        assertThat(graph.freezePeriodsOf("BILLING")).extracting(FreezePeriodView::reason)
                .contains("Quarter-end invoicing run");
        assertThat(graph.freezePeriodsOf("INTRANET")).filteredOn(FreezePeriodView::isGlobal)
                .extracting(period -> period.from().getMonthValue() + "-" + period.from().getDayOfMonth())
                .contains("12-15");
    }

    @Test
    void theGraphAroundAnItemAnswersForItAsTheWholeCatalogDoes() {
        ServiceGraph whole = catalog.graph();
        for (String key : KEYS) {
            ServiceGraph around = catalog.graphAround(List.of(key));
            assertThat(around.transitiveDependents(List.of(key))).as(key)
                    .isEqualTo(whole.transitiveDependents(List.of(key)));
            assertThat(around.childrenOf(key)).as(key).isEqualTo(whole.childrenOf(key));
            assertThat(around.parentsOf(key)).as(key).isEqualTo(whole.parentsOf(key));
            for (ServiceNode neighbour : whole.childrenOf(key)) {
                assertThat(around.maintenanceWindowsOf(neighbour.key())).isEqualTo(
                        whole.maintenanceWindowsOf(neighbour.key()));
                assertThat(around.freezePeriodsOf(neighbour.key())).isEqualTo(whole.freezePeriodsOf(neighbour.key()));
            }
            assertThat(around.maintenanceWindowsOf(key)).isEqualTo(whole.maintenanceWindowsOf(key));
            assertThat(around.freezePeriodsOf(key)).isEqualTo(whole.freezePeriodsOf(key));
        }
    }

    @Test
    void theGraphAroundAnItemLeavesOutWhatItDoesNotTouch() {
        ServiceGraph around = catalog.graphAround(List.of("CUSTOMER-DB"));

        assertThat(around.contains("ECOMMERCE")).isTrue();
        assertThat(around.contains("INTRANET")).isFalse();
        assertThat(catalog.graph().transitiveDependents(List.of("CUSTOMER-DB")))
                .extracting(ImpactedService::key).doesNotContain("INTRANET");
    }

    @Test
    void anUnknownItemHasAnEmptyGraphThatStillKnowsTheGlobalFreezes() {
        ServiceGraph around = catalog.graphAround(List.of("NO-SUCH-SERVICE"));

        assertThat(around.contains("NO-SUCH-SERVICE")).isFalse();
        FreezePeriodView yearEnd = catalog.graph().freezePeriodsOf("INTRANET").stream()
                .filter(FreezePeriodView::isGlobal).findFirst().orElseThrow();
        LocalDateTime frozen = yearEnd.from().atTime(10, 0);
        assertThat(around.scheduleConflicts(List.of(), frozen, frozen.plusHours(1)))
                .extracting(ScheduleConflict::kind).contains(ScheduleConflict.Kind.GLOBAL_FREEZE);
    }

    @Test
    void seedingAgainChangesNothing() {
        int services = catalog.list().size();
        int freezes = catalog.freezePeriods().size();

        demoData.run(new DefaultApplicationArguments());

        assertThat(catalog.list()).hasSize(services);
        assertThat(catalog.freezePeriods()).hasSize(freezes);
    }
}
