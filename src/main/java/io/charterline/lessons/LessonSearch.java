package io.charterline.lessons;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the lessons learned of all projects, best match first.
 *
 * <p>On PostgreSQL the text is read by {@code websearch_to_tsquery('english', q)} (words, "phrases", {@code or},
 * {@code -word}) and ranked by {@code ts_rank} over the weighted vector each lesson stores (a generated column,
 * GIN-indexed; migration V10_1): what happened and the tags weigh most, then the recommendation, then the impact.
 *
 * <p>On H2 (development and demo) there is no full-text index. The fallback reads the text the same way
 * ({@link SearchTerms}), matches each word's stem at the start of a word (case-insensitive regular expression)
 * in the same four columns, and scores each matched word with the same weights: 1.0 per match in what happened
 * and in the tags, 0.4 in the recommendation, 0.2 in the impact. Ties, in both, go to the newer lesson.
 *
 * <p>Only the {@value #MOST_RECENT_MATCHES} newest matches are ranked and counted: a word that nearly every
 * lesson contains would otherwise make PostgreSQL read and score every lesson for one page. With more matches
 * than that the page says so ({@link LessonPage#moreMatches()}) and the total stops at the bound.
 *
 * <p>Each hit says where the text's words were found ({@link LessonMatch}), by the rule that found it, and an
 * answer without any hit carries a hint how to search more broadly ({@link LessonQuery#noMatchHint()}).
 */
@Service
public class LessonSearch {

    static final int MOST_RECENT_MATCHES = 1_000;

    /** Maintained by PostgreSQL (migration V10_1), so that neither matching nor ranking parses text. */
    private static final String VECTOR = "l.search_vector";
    private static final String COLUMNS = """
            l.id, p.project_key, p.name, l.phase, l.category, l.what_happened, l.impact, l.recommendation, l.tags,
            l.source, l.author, l.created_at""";
    private static final String[][] WEIGHTED_COLUMNS = {
            {"l.what_happened", "1.0"}, {"coalesce(l.tags, '')", "1.0"},
            {"coalesce(l.recommendation, '')", "0.4"}, {"coalesce(l.impact, '')", "0.2"}};

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    public LessonSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    @Transactional(readOnly = true)
    public LessonPage search(LessonQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filters(query, where, parameters);
        String score = "0";
        if (query.text() != null) {
            if (postgres) {
                // A plan made for the words at hand: a generic plan cannot know that a common word is best read
                // along the recency index, and scores every match of it instead (ten times slower at 100,000).
                jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
                parameters.addValue("q", query.text());
                where.append(" and ").append(VECTOR).append(" @@ websearch_to_tsquery('english', :q)");
                score = "ts_rank(" + VECTOR + ", websearch_to_tsquery('english', :q))";
            } else {
                List<SearchTerms.Clause> clauses = SearchTerms.parse(query.text());
                if (clauses.isEmpty()) {
                    // PostgreSQL matches nothing for a text of stop words only; so does the fallback.
                    return new LessonPage(List.of(), query.page(), query.size(), 0, false, query.noMatchHint());
                }
                score = fallbackMatch(clauses, where, parameters);
            }
        }
        // The project is joined only to filter by it: a join of every lesson would keep PostgreSQL from reading
        // the newest lessons along the recency index and stopping at the bound.
        String from = (query.projectKey() == null ? " from lesson l"
                : " from lesson l join project p on p.id = l.project_id") + where;
        Long counted = jdbc.queryForObject("select count(*) from (select l.id" + from
                + newest(MOST_RECENT_MATCHES + 1) + ") m", parameters, Long.class);
        long found = counted == null ? 0 : counted;
        parameters.addValue("limit", query.size());
        parameters.addValue("offset", (long) query.page() * query.size());
        List<LessonView> items = jdbc.query("select " + COLUMNS + ", m.relevance"
                        + " from (select l.id, l.created_at, " + score + " as relevance" + from
                        + newest(MOST_RECENT_MATCHES) + ") m"
                        + " join lesson l on l.id = m.id join project p on p.id = l.project_id"
                        + " order by m.relevance desc, m.created_at desc, m.id desc limit :limit offset :offset",
                parameters, (row, index) -> view(row));
        if (query.text() != null && !items.isEmpty()) {
            items = withMatches(items, SearchTerms.searchedWords(query.text()));
        }
        return new LessonPage(items, query.page(), query.size(), Math.min(found, MOST_RECENT_MATCHES),
                found > MOST_RECENT_MATCHES, found == 0 ? query.noMatchHint() : null);
    }

    /**
     * Each hit with where the words were found, by the rule that found it: PostgreSQL's stems on PostgreSQL,
     * the fallback's pattern on H2. Only the page's lessons are read again, a few at most.
     */
    private List<LessonView> withMatches(List<LessonView> items, List<String> words) {
        Map<Long, List<LessonMatch>> matches = postgres ? postgresMatches(items, words) : Map.of();
        return items.stream().map(item -> item.withMatched(postgres
                ? matches.getOrDefault(item.id(), List.of()) : fallbackMatches(item, words))).toList();
    }

    private Map<Long, List<LessonMatch>> postgresMatches(List<LessonView> items, List<String> words) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", items.stream().map(LessonView::id)
                .toList());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parameters.addValue("w" + i, words.get(i));
            values.add("(" + i + ", cast(:w" + i + " as text))");
        }
        String found = "to_tsvector('english', %s) @@ plainto_tsquery('english', w.word)";
        Map<Long, List<LessonMatch>> matches = new HashMap<>();
        jdbc.query("select l.id, w.word, " + found.formatted("l.what_happened") + " as in_what, "
                + found.formatted("coalesce(l.recommendation, '')") + " as in_recommendation, "
                + found.formatted("coalesce(l.impact, '')") + " as in_impact, "
                + "(select string_agg(t.tag, ',') from unnest(string_to_array(l.tags, ',')) as t(tag) where "
                + found.formatted("t.tag") + ") as in_tags"
                + " from lesson l cross join (values " + String.join(", ", values) + ") as w(i, word)"
                + " where l.id in (:ids) order by l.id, w.i", parameters, row -> {
                    List<String> fields = new ArrayList<>();
                    if (row.getBoolean("in_what")) {
                        fields.add("whatHappened");
                    }
                    if (row.getBoolean("in_recommendation")) {
                        fields.add("recommendation");
                    }
                    if (row.getBoolean("in_impact")) {
                        fields.add("impact");
                    }
                    List<String> tags = LessonTags.split(row.getString("in_tags"));
                    if (!fields.isEmpty() || !tags.isEmpty()) {
                        matches.computeIfAbsent(row.getLong("id"), id -> new ArrayList<>())
                                .add(new LessonMatch(row.getString("word"), fields, tags));
                    }
                });
        return matches;
    }

    /** The fallback's own rule: the word's stem at the start of a word, in any case (as its SQL matched). */
    private static List<LessonMatch> fallbackMatches(LessonView item, List<String> words) {
        List<LessonMatch> matches = new ArrayList<>();
        for (String word : words) {
            Pattern stem = Pattern.compile("\\b" + SearchTerms.stem(word), Pattern.CASE_INSENSITIVE);
            List<String> fields = new ArrayList<>();
            if (stem.matcher(item.whatHappened()).find()) {
                fields.add("whatHappened");
            }
            if (item.recommendation() != null && stem.matcher(item.recommendation()).find()) {
                fields.add("recommendation");
            }
            if (item.impact() != null && stem.matcher(item.impact()).find()) {
                fields.add("impact");
            }
            List<String> tags = item.tags().stream().filter(tag -> stem.matcher(tag).find()).toList();
            if (!fields.isEmpty() || !tags.isEmpty()) {
                matches.add(new LessonMatch(word, fields, tags));
            }
        }
        return matches;
    }

    /** The newest rows first, read along the recency index (V12), so that a common word stops at the bound. */
    private static String newest(int count) {
        return " order by l.created_at desc, l.id desc limit " + count;
    }

    private static void filters(LessonQuery query, StringBuilder where, MapSqlParameterSource parameters) {
        if (query.category() != null) {
            where.append(" and l.category = :category");
            parameters.addValue("category", query.category().name());
        }
        if (query.projectKey() != null) {
            where.append(" and p.project_key = :project");
            parameters.addValue("project", query.projectKey());
        }
        if (query.tag() != null) {
            // Tags are normalised to letters, digits, '_' and '-': '_' is LIKE's single-character wildcard.
            where.append(" and (',' || l.tags || ',') like :tag escape '\\'");
            parameters.addValue("tag", "%," + query.tag().replace("_", "\\_") + ",%");
        }
    }

    /** Adds the fallback's match conditions and returns its score expression. */
    private static String fallbackMatch(List<SearchTerms.Clause> clauses, StringBuilder where,
                                        MapSqlParameterSource parameters) {
        List<String> scores = new ArrayList<>();
        int index = 0;
        for (SearchTerms.Clause clause : clauses) {
            List<String> alternatives = new ArrayList<>();
            for (String stem : clause.anyOf()) {
                String parameter = "t" + index++;
                // Stems are letters and digits only: no regular-expression syntax can reach the pattern.
                parameters.addValue(parameter, "\\b" + stem);
                List<String> columnMatches = new ArrayList<>();
                for (String[] column : WEIGHTED_COLUMNS) {
                    String match = "regexp_like(" + column[0] + ", :" + parameter + ", 'i')";
                    columnMatches.add(match);
                    if (!clause.negated()) {
                        scores.add("case when " + match + " then " + column[1] + " else 0 end");
                    }
                }
                alternatives.add("(" + String.join(" or ", columnMatches) + ")");
            }
            where.append(clause.negated() ? " and not (" : " and (").append(String.join(" or ", alternatives))
                    .append(")");
        }
        return scores.isEmpty() ? "0" : "(" + String.join(" + ", scores) + ")";
    }

    private static LessonView view(ResultSet row) throws SQLException {
        return new LessonView(row.getLong("id"), row.getString("project_key"), row.getString("name"),
                Phase.valueOf(row.getString("phase")), LessonCategory.valueOf(row.getString("category")),
                row.getString("what_happened"), row.getString("impact"), row.getString("recommendation"),
                LessonTags.split(row.getString("tags")), LessonSource.valueOf(row.getString("source")),
                row.getString("author"), row.getTimestamp("created_at").toInstant(), row.getDouble("relevance"),
                List.of());
    }
}
