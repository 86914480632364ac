package io.charterline.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The H2 fallback's reading of a search text, after PostgreSQL's {@code websearch_to_tsquery('english', q)}:
 * words are all required, {@code or} between two words makes either enough, a leading {@code -} excludes a
 * word, and English stop words are dropped. A quoted phrase counts as its words (PostgreSQL also wants them
 * adjacent). Words are cut to a crude stem ("estimates", "estimated" → "estimat") and match the start of a
 * word, where PostgreSQL compares Snowball stems: close enough for the same answers on ordinary queries.
 */
final class SearchTerms {

    /** All required; a clause is satisfied by any of its stems, or, when negated, by none of them. */
    record Clause(List<String> anyOf, boolean negated) {
    }

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)([^\\s\"]+)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLE_END = Pattern.compile("(bb|dd|ff|gg|mm|nn|pp|rr|tt)$");
    private static final List<String> SUFFIXES = List.of("ations", "ation", "ings", "ing", "edly", "ed", "ies",
            "es", "ly", "s", "e");
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "after", "again", "against", "all",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "nor",
            "not", "now", "of", "off", "on", "once", "only", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "you",
            "your");

    /**
     * Words nearly every charter and lesson of this domain uses, whatever it is about: two charters that share
     * only "new project" or "test phase" are not similar. Left out when texts are compared for similarity, never
     * from a search, where someone asking for "test" means it.
     */
    private static final Set<String> GENERIC_STEMS = Stream.of("project", "programme", "program", "system",
            "solution", "new", "phase", "stage", "test", "work", "package")
            .map(SearchTerms::stem).collect(Collectors.toUnmodifiableSet());

    private SearchTerms() {
    }

    static List<Clause> parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            boolean phrase = matcher.group(2) != null;
            boolean negated = !(phrase ? matcher.group(1) : matcher.group(3)).isEmpty();
            String raw = phrase ? matcher.group(2) : matcher.group(4);
            if (!phrase && !negated && raw.equalsIgnoreCase("or")) {
                orPending = !clauses.isEmpty();
                continue;
            }
            List<String> stems = stems(raw);
            if (stems.isEmpty()) {
                continue;
            }
            Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (orPending && !negated && stems.size() == 1 && last != null && !last.negated()) {
                List<String> either = new ArrayList<>(last.anyOf());
                either.add(stems.get(0));
                clauses.set(clauses.size() - 1, new Clause(either, false));
            } else {
                stems.forEach(stem -> clauses.add(new Clause(List.of(stem), negated)));
            }
            orPending = false;
        }
        return clauses;
    }

    /**
     * The words a search text looks for, in lower case and without repeats: those of its clauses that are not
     * excluded, stop words left out; what a hit can be said to have matched.
     */
    static List<String> searchedWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            boolean phrase = matcher.group(2) != null;
            boolean negated = !(phrase ? matcher.group(1) : matcher.group(3)).isEmpty();
            String raw = phrase ? matcher.group(2) : matcher.group(4);
            if (negated || !phrase && raw.equalsIgnoreCase("or")) {
                continue;
            }
            NOT_WORD.splitAsStream(raw.toLowerCase(Locale.ROOT))
                    .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word) && !words.contains(word))
                    .forEach(words::add);
        }
        return words;
    }

    /**
     * The distinct stems of a text's words of three letters or more, stop words and the domain's generic words
     * left out: what two texts must share to be similar.
     */
    static Set<String> stemsOf(String text) {
        return wordsByStem(text).keySet();
    }

    /** {@link #stemsOf}, each stem with the first word of the text it was cut from, to name it to a reader. */
    static Map<String, String> wordsByStem(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        if (text == null) {
            return words;
        }
        NOT_WORD.splitAsStream(text).filter(word -> !word.isEmpty())
                .filter(word -> !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)))
                .forEach(word -> {
                    String stem = stem(word.toLowerCase(Locale.ROOT));
                    if (stem.length() >= 3 && !GENERIC_STEMS.contains(stem)) {
                        words.putIfAbsent(stem, word);
                    }
                });
        return words;
    }

    private static List<String> stems(String raw) {
        return NOT_WORD.splitAsStream(raw.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .map(SearchTerms::stem)
                .toList();
    }

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String stem = word.substring(0, word.length() - suffix.length());
                return DOUBLE_END.matcher(stem).find() ? stem.substring(0, stem.length() - 1) : stem;
            }
        }
        return word;
    }
}
