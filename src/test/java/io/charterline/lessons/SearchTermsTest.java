package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.lessons.SearchTerms.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void wordsAreRequiredStemmedAndStopWordsDropped() {
        assertThat(SearchTerms.parse("The estimates of planning")).containsExactly(
                new Clause(List.of("estimat"), false), new Clause(List.of("plan"), false));
    }

    @Test
    void orJoinsTheWordsOnEitherSideAndMinusExcludes() {
        assertThat(SearchTerms.parse("vat or regulatory -java")).containsExactly(
                new Clause(List.of("vat", "regulatory"), false), new Clause(List.of("java"), true));
    }

    @Test
    void quotedPhraseCountsAsItsWords() {
        assertThat(SearchTerms.parse("\"missed requirements\"")).containsExactly(
                new Clause(List.of("miss"), false), new Clause(List.of("requirement"), false));
    }

    @Test
    void theSearchedWordsAreThoseNotExcludedAsTyped() {
        assertThat(SearchTerms.searchedWords("Data -vendor or \"the migration\" data")).containsExactly("data",
                "migration");
    }

    @Test
    void shortWordsKeepTheirEnding() {
        assertThat(SearchTerms.stem("uses")).isEqualTo("use");
        assertThat(SearchTerms.stem("staffing")).isEqualTo("staf");
    }

    @Test
    void similarityLeavesOutTheDomainsGenericWordsWhichASearchKeeps() {
        assertThat(SearchTerms.stemsOf("New billing project: test phases of the systems"))
                .containsExactly("bill");
        assertThat(SearchTerms.parse("project")).containsExactly(new Clause(List.of("project"), false));
    }
}
