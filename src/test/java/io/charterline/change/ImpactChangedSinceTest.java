package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.change.ImpactAnalysis.AffectedService;
import io.charterline.change.ImpactAnalysis.ResourceOverload;
import io.charterline.cmdb.Criticality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a re-analysis on a moved plan tells the approvers changed since the impact they were shown: overloads and
 * services by who and which, not by how many, people by the names the forms greet them by.
 */
class ImpactChangedSinceTest {

    private static final LocalDate WEEK = LocalDate.of(2027, 3, 1);

    private static final Function<String, String> NAMES = Map.of("dev1", "Dana Dev", "dev2", "Ed Dev")::get;

    private static ImpactAnalysis impact(List<ResourceOverload> overloads, List<AffectedService> services) {
        return new ImpactAnalysis(2, 0, LocalDate.of(2027, 5, 28), List.of("A", "B"), new BigDecimal("1100.00"),
                new BigDecimal("88000.00"), new BigDecimal("1.25"), List.of(), overloads, services, List.of(),
                BigDecimal.ZERO, new BigDecimal("100000.00"), LocalDate.of(2027, 5, 28), 0, false);
    }

    private static ResourceOverload overload(String person, LocalDate week, String booked) {
        return new ResourceOverload(person, week, new BigDecimal(booked), new BigDecimal("40.00"));
    }

    private static AffectedService named(String key, String name, Criticality criticality) {
        return new AffectedService(key, name, criticality, 0, null, List.of(key));
    }

    @Test
    void oneOverloadedPersonInPlaceOfAnotherIsNamedAsAddedAndGone() {
        ImpactAnalysis shown = impact(List.of(overload("dev1", WEEK, "44.00")), List.of());
        ImpactAnalysis now = impact(List.of(overload("dev2", WEEK, "46.00")), List.of());

        assertThat(now.changedSince(shown, NAMES)).containsExactly(
                "overloads added: Ed Dev in the week of 2027-03-01 (46.00 h booked of 40.00 h)",
                "overloads gone: Dana Dev in the week of 2027-03-01 (44.00 h booked of 40.00 h)");
    }

    @Test
    void anOverloadThatMovedToAnotherWeekIsNamedAsAddedAndGone() {
        ImpactAnalysis shown = impact(List.of(overload("dev1", WEEK, "44.00")), List.of());
        ImpactAnalysis now = impact(List.of(overload("dev1", WEEK.plusWeeks(1), "44.00")), List.of());

        assertThat(now.changedSince(shown, NAMES)).containsExactly(
                "overloads added: Dana Dev in the week of 2027-03-08 (44.00 h booked of 40.00 h)",
                "overloads gone: Dana Dev in the week of 2027-03-01 (44.00 h booked of 40.00 h)");
    }

    @Test
    void theSameOverloadWithMoreHoursNamesItsHoursOldToNew() {
        ImpactAnalysis shown = impact(List.of(overload("dev1", WEEK, "44.00")), List.of());
        ImpactAnalysis now = impact(List.of(overload("dev1", WEEK, "48.0")), List.of());

        assertThat(now.changedSince(shown, NAMES)).containsExactly("hours of Dana Dev in the week of 2027-03-01:"
                + " 44.00 h booked of 40.00 h → 48.0 h booked of 40.00 h");
    }

    @Test
    void oneCriticalServiceInPlaceOfAnotherIsNamedAsNowAndNoLongerAffected() {
        ImpactAnalysis shown = impact(List.of(), List.of(named("T-CRM", "Customer relationship management",
                Criticality.CRITICAL)));
        ImpactAnalysis now = impact(List.of(), List.of(named("T-ERP", "Enterprise resource planning",
                Criticality.CRITICAL)));

        assertThat(now.changedSince(shown, NAMES)).containsExactly(
                "services now affected: Enterprise resource planning (CRITICAL)",
                "services no longer affected: Customer relationship management (CRITICAL)");
    }

    @Test
    void aServiceWhoseCriticalityMovedIsNamedOldToNew() {
        ImpactAnalysis shown = impact(List.of(), List.of(named("T-BILLING", "Billing", Criticality.HIGH)));
        ImpactAnalysis now = impact(List.of(), List.of(named("T-BILLING", "Billing", Criticality.CRITICAL)));

        assertThat(now.changedSince(shown, NAMES)).containsExactly("criticality of Billing HIGH → CRITICAL");
    }

    @Test
    void theSameOverloadsAndServicesInAnotherOrderAreNotNamed() {
        ResourceOverload dana = overload("dev1", WEEK, "44.00");
        ResourceOverload ed = overload("dev2", WEEK, "46.00");
        AffectedService crm = named("T-CRM", "Customer relationship management", Criticality.CRITICAL);
        AffectedService wiki = named("WIKI", "Team wiki", Criticality.LOW);
        ImpactAnalysis shown = impact(List.of(dana, ed), List.of(crm, wiki));
        ImpactAnalysis now = impact(List.of(ed, dana), List.of(wiki, crm));

        assertThat(now.changedSince(shown, NAMES)).isEmpty();
    }
}
