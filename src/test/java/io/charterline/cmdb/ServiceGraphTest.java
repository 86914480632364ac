package io.charterline.cmdb;

import static io.charterline.cmdb.Criticality.CRITICAL;
import static io.charterline.cmdb.Criticality.HIGH;
import static io.charterline.cmdb.Criticality.LOW;
import static io.charterline.cmdb.Criticality.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The graph used here, "A -> B" meaning A depends on B:
 * <pre>
 *   MOBILE -> PORTAL -> CRM -----> CUSTOMER-DB <- DWH <- REPORTING
 *                |       \            ^
 *                |        -> IAM      |
 *                |-> IAM              |
 *                '-> BILLING ---------'
 *                       '-> PAYMENT-GW            INTRANET (alone)
 * </pre>
 */
class ServiceGraphTest {

    private final ServiceGraph graph = ServiceGraph.of(
            List.of(node("CUSTOMER-DB", CRITICAL), node("CRM", HIGH), node("BILLING", CRITICAL),
                    node("PAYMENT-GW", CRITICAL), node("IAM", CRITICAL), node("PORTAL", HIGH),
                    node("MOBILE", MEDIUM), node("DWH", MEDIUM), node("REPORTING", LOW), node("INTRANET", LOW)),
            List.of(dependency("CRM", "CUSTOMER-DB"), dependency("CRM", "IAM"),
                    dependency("BILLING", "CUSTOMER-DB"), dependency("BILLING", "PAYMENT-GW"),
                    dependency("PORTAL", "CRM"), dependency("PORTAL", "BILLING"), dependency("PORTAL", "IAM"),
                    dependency("MOBILE", "PORTAL"), dependency("DWH", "CUSTOMER-DB"),
                    dependency("REPORTING", "DWH")));

    @Test
    void transitiveDependentsOfADatabaseReachEveryLayerAboveItWithDepthAndShortestPath() {
        assertThat(graph.transitiveDependents(List.of("CUSTOMER-DB")))
                .extracting(ImpactedService::key, ImpactedService::criticality, ImpactedService::depth,
                        ImpactedService::path)
                .containsExactly(
                        tuple("BILLING", CRITICAL, 1, List.of("CUSTOMER-DB", "BILLING")),
                        tuple("CRM", HIGH, 1, List.of("CUSTOMER-DB", "CRM")),
                        tuple("DWH", MEDIUM, 1, List.of("CUSTOMER-DB", "DWH")),
                        tuple("PORTAL", HIGH, 2, List.of("CUSTOMER-DB", "BILLING", "PORTAL")),
                        tuple("REPORTING", LOW, 2, List.of("CUSTOMER-DB", "DWH", "REPORTING")),
                        tuple("MOBILE", MEDIUM, 3, List.of("CUSTOMER-DB", "BILLING", "PORTAL", "MOBILE")));
    }

    @Test
    void transitiveDependentsOfSeveralItemsCountDepthFromTheNearestChangedItem() {
        assertThat(graph.transitiveDependents(List.of("PAYMENT-GW", "IAM")))
                .extracting(ImpactedService::key, ImpactedService::depth, ImpactedService::path)
                .containsExactly(
                        tuple("BILLING", 1, List.of("PAYMENT-GW", "BILLING")),
                        tuple("CRM", 1, List.of("IAM", "CRM")),
                        tuple("PORTAL", 1, List.of("IAM", "PORTAL")),
                        tuple("MOBILE", 2, List.of("IAM", "PORTAL", "MOBILE")));
    }

    @Test
    void changedItemsAreNotListedAsTheirOwnDependents() {
        assertThat(graph.transitiveDependents(Set.of("CUSTOMER-DB", "CRM")))
                .extracting(ImpactedService::key, ImpactedService::depth)
                .containsExactly(tuple("BILLING", 1), tuple("DWH", 1), tuple("PORTAL", 1), tuple("MOBILE", 2),
                        tuple("REPORTING", 2));
    }

    @Test
    void itemsNothingDependsOnHaveNoDependents() {
        assertThat(graph.transitiveDependents(List.of("MOBILE", "INTRANET"))).isEmpty();
    }

    @Test
    void anUnknownItemIsRefused() {
        assertThatThrownBy(() -> graph.transitiveDependents(List.of("CRM", "NO-SUCH")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO-SUCH");
    }

    @Test
    void parentsAreTheItemsThatDependOnAnItemDirectly() {
        assertThat(graph.parentsOf("CUSTOMER-DB")).extracting(ServiceNode::key)
                .containsExactly("BILLING", "CRM", "DWH");
        assertThat(graph.parentsOf("MOBILE")).isEmpty();
    }

    @Test
    void childrenAreTheItemsAnItemDependsOnDirectly() {
        assertThat(graph.childrenOf("PORTAL")).extracting(ServiceNode::key).containsExactly("BILLING", "CRM", "IAM");
        assertThat(graph.childrenOf("CUSTOMER-DB")).isEmpty();
    }

    @Test
    void aDependencyBackUpTheGraphClosesTheShortestCycle() {
        assertThat(graph.cycleThrough("IAM", List.of("MOBILE")))
                .contains(List.of("IAM", "MOBILE", "PORTAL", "IAM"));
        assertThat(graph.cycleThrough("CUSTOMER-DB", List.of("PAYMENT-GW", "REPORTING")))
                .contains(List.of("CUSTOMER-DB", "REPORTING", "DWH", "CUSTOMER-DB"));
    }

    @Test
    void aDependencyOnItselfIsACycle() {
        assertThat(graph.cycleThrough("CRM", List.of("IAM", "CRM"))).contains(List.of("CRM", "CRM"));
    }

    @Test
    void dependenciesDownOrAcrossTheGraphCloseNoCycle() {
        assertThat(graph.cycleThrough("MOBILE", List.of("REPORTING", "CRM"))).isEmpty();
        assertThat(graph.cycleThrough("INTRANET", List.of("IAM"))).isEmpty();
    }

    @Test
    void aNewItemCannotCloseACycleThroughOthers() {
        assertThat(graph.cycleThrough("NEW-SERVICE", List.of("MOBILE", "CUSTOMER-DB"))).isEmpty();
    }

    @Test
    void dependenciesMayNameItemsOfTheGraphOnly() {
        assertThatThrownBy(() -> ServiceGraph.of(List.of(node("CRM", HIGH)), List.of(dependency("CRM", "GHOST"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GHOST");
    }

    private static ServiceNode node(String key, Criticality criticality) {
        return new ServiceNode(key, key.toLowerCase(), criticality);
    }

    private static Dependency dependency(String dependent, String dependsOn) {
        return new Dependency(dependent, dependsOn);
    }
}
