package io.charterline.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counted.of(1, "day")).isEqualTo("1 day");
        assertThat(Counted.of(-1, "day")).isEqualTo("-1 day");
        assertThat(Counted.of(0, "work package")).isEqualTo("0 work packages");
        assertThat(Counted.of(3, "board member")).isEqualTo("3 board members");
    }

    @Test
    void anIrregularPluralIsGivenByTheCaller() {
        assertThat(Counted.of(2, "entry", "entries")).isEqualTo("2 entries");
        assertThat(Counted.of(1, "entry", "entries")).isEqualTo("1 entry");
    }

    @Test
    void aSignedCountAlwaysShowsItsSign() {
        assertThat(Counted.signed(1, "day")).isEqualTo("+1 day");
        assertThat(Counted.signed(0, "day")).isEqualTo("+0 days");
        assertThat(Counted.signed(-3, "day")).isEqualTo("-3 days");
    }
}
