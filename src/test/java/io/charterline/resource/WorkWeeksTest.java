package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** March 2026: the 2nd, 9th and 16th are Mondays. */
class WorkWeeksTest {

    @Test
    void fullWeeksShareTheHoursEqually() {
        assertThat(WorkWeeks.spread(hours("40"), march(2), march(13)))
                .containsExactly(entry(march(2), hours("20.00")), entry(march(9), hours("20.00")));
    }

    @Test
    void partialWeeksGetTheShareOfTheirWorkingDays() {
        // Wednesday to the Tuesday two weeks later: 3 + 5 + 2 working days, 5 h each.
        assertThat(WorkWeeks.spread(hours("50"), march(4), march(17)))
                .containsExactly(entry(march(2), hours("15.00")), entry(march(9), hours("25.00")),
                        entry(march(16), hours("10.00")));
    }

    @Test
    void hundredthsThatDoNotDivideGoToTheEarliestDaysAndTheSumStaysExact() {
        // Friday, Monday, Tuesday: 3.34 + 3.33 + 3.33.
        assertThat(WorkWeeks.spread(hours("10"), march(6), march(10)))
                .containsExactly(entry(march(2), hours("3.34")), entry(march(9), hours("6.66")));
    }

    @Test
    void weekendDaysCarryNoWork() {
        assertThat(WorkWeeks.spread(hours("8"), march(7), march(9))).containsExactly(entry(march(9), hours("8.00")));
    }

    @Test
    void anIntervalWithoutWorkingDayCannotBeSpread() {
        assertThatThrownBy(() -> WorkWeeks.spread(hours("8"), march(7), march(8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-07");
    }

    @Test
    void workingDaysCountMondayToFridayOnly() {
        assertThat(WorkWeeks.workingDays(march(4), march(17))).isEqualTo(10);
        assertThat(WorkWeeks.workingDays(march(7), march(8))).isZero();
    }

    @Test
    void eachWorkingDayAwayTakesEightHoursOfTheWeek() {
        List<Unavailability> wednesdayToFriday = List.of(new Unavailability(march(4), march(6), "Training"));
        assertThat(WorkWeeks.capacity(40, wednesdayToFriday, march(2))).isEqualByComparingTo("16");
        assertThat(WorkWeeks.capacity(40, wednesdayToFriday, march(9))).isEqualByComparingTo("40");
    }

    @Test
    void daysAwayAcrossAWeekendAreSplitBetweenTheWeeks() {
        List<Unavailability> thursdayToTuesday = List.of(new Unavailability(march(5), march(10), "Leave"));
        assertThat(WorkWeeks.capacity(40, thursdayToTuesday, march(2))).isEqualByComparingTo("24");
        assertThat(WorkWeeks.capacity(40, thursdayToTuesday, march(9))).isEqualByComparingTo("24");
    }

    @Test
    void capacityNeverFallsBelowZero() {
        List<Unavailability> mondayToWednesday = List.of(new Unavailability(march(2), march(4), "Leave"));
        assertThat(WorkWeeks.capacity(20, mondayToWednesday, march(2))).isEqualByComparingTo("0");
    }

    @Test
    void aWeekendAwayCostsNothing() {
        List<Unavailability> weekend = List.of(new Unavailability(march(7), march(8), "Trip"));
        assertThat(WorkWeeks.capacity(40, weekend, march(2))).isEqualByComparingTo("40");
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }
}
