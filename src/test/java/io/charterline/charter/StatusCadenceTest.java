package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusCadenceTest {

    @Test
    void wholeWeeksReadAsWeeks() {
        assertThat(StatusCadence.readable("P7D")).isEqualTo("every week");
        assertThat(StatusCadence.readable("P14D")).isEqualTo("every 2 weeks");
        assertThat(StatusCadence.readable("P28D")).isEqualTo("every 4 weeks");
    }

    @Test
    void otherDaysReadAsDays() {
        assertThat(StatusCadence.readable("P10D")).isEqualTo("every 10 days");
        assertThat(StatusCadence.readable("P1D")).isEqualTo("every day");
    }

    @Test
    void monthsReadAsMonthsAndAnythingElseAsGiven() {
        assertThat(StatusCadence.readable("P3M")).isEqualTo("every 3 months");
        assertThat(StatusCadence.readable("PT12H")).isEqualTo("every PT12H");
    }
}
