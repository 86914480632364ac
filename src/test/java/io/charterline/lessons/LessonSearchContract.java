package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.project.BusinessKeys;
import io.charterline.project.ProjectRepository;
import io.charterline.project.Project;
import io.charterline.project.ProjectStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The same searches with the same expected answers on every database: PostgreSQL's full-text search and H2's
 * fallback must agree on the fixtures. Each database runs in a Spring context of its own, so only the fixtures
 * are there to be found.
 */
abstract class LessonSearchContract {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projects;

    @Autowired
    LessonRepository lessons;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    LessonFixtures.Seeded seeded;

    /** Each subclass has a Spring context, and so a database, of its own. */
    private static final Map<Class<?>, LessonFixtures.Seeded> SEEDED = new ConcurrentHashMap<>();

    @BeforeEach
    void seedOncePerDatabase() {
        seeded = SEEDED.computeIfAbsent(getClass(),
                type -> new LessonFixtures(projects, lessons, keys, transactions).seed());
    }

    @Test
    void billingFindsTheLessonsThatMentionItBeforeThoseOnlyTaggedWithIt() {
        assertThat(ids(search("q=billing"))).containsExactly(id("a3"), id("a1"), id("a4"), id("a2"));
    }

    @Test
    void allWordsAreRequiredAndInflectionsMatch() {
        assertThat(ids(search("q=migration estimates"))).containsExactly(id("b1"));
    }

    @Test
    void aMinusExcludesAWord() {
        assertThat(ids(search("q=java -migration"))).containsExactly(id("a1"));
    }

    @Test
    void orAcceptsEitherWord() {
        assertThat(ids(search("q=vat or regulatory"))).containsExactly(id("a3"), id("a2"));
    }

    @Test
    void aMatchInWhatHappenedAndTagsOutranksOneInTheRecommendation() {
        assertThat(ids(search("q=data"))).containsExactly(id("b2"), id("b1"), id("b3"));
    }

    @Test
    void textAndTagCombine() {
        assertThat(ids(search("q=estimate&tag=DWH"))).containsExactly(id("b1"));
    }

    @Test
    void categoryAndProjectFilterWithoutText() {
        assertThat(ids(search("category=STAFFING"))).containsExactly(id("b2"));
        assertThat(ids(search("project=" + seeded.dwh().getKey())))
                .containsExactly(id("b4"), id("b3"), id("b2"), id("b1"));
    }

    @Test
    void stopWordsAloneFindNothing() {
        assertThat(ids(search("q=the of"))).isEmpty();
    }

    @Test
    void pagesSplitTheRankedResults() {
        JsonNode second = search("q=billing&size=3&page=1");

        assertThat(ids(second)).containsExactly(id("a2"));
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("moreMatches").asBoolean()).isFalse();
    }

    @Test
    void aWordInMoreLessonsThanTheBoundRanksTheNewestMatchesAndSaysThereAreMore() {
        Project airships = new LessonFixtures(projects, lessons, keys, transactions)
                .finished("Airship hangar", "Hangar", List.of(), ProjectStatus.CLOSED);
        Instant first = Instant.parse("2026-01-05T08:00:00Z");
        // The oldest lesson would rank first, but 1,000 newer ones also match.
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {airships.getId(), "Zeppelin zeppelin zeppelin", Timestamp.from(first)});
        for (int i = 1; i <= LessonSearch.MOST_RECENT_MATCHES; i++) {
            rows.add(new Object[] {airships.getId(), "Zeppelin hangar number " + i,
                    Timestamp.from(first.plusSeconds(i))});
        }
        jdbc.batchUpdate("INSERT INTO lesson (project_id, phase, category, what_happened, source, created_at) "
                + "VALUES (?, 'CLOSING', 'OBSERVATION', ?, 'PERSON', ?)", rows);

        JsonNode page = search("q=zeppelin&size=100");
        JsonNode last = search("q=zeppelin&size=100&page=9");

        assertThat(page.get("total").asLong()).isEqualTo(1_000);
        assertThat(page.get("moreMatches").asBoolean()).isTrue();
        assertThat(page.get("items").findValuesAsText("whatHappened")).doesNotContain("Zeppelin zeppelin zeppelin");
        assertThat(last.get("items")).hasSize(100);
        assertThat(search("q=zeppelin&size=100&page=10").get("items")).isEmpty();
    }

    @Test
    void resultsCarryTheProjectAndTheTags() {
        JsonNode first = search("q=vat").get("items").get(0);

        assertThat(first.get("projectKey").asText()).isEqualTo(seeded.crm().getKey());
        assertThat(first.get("projectName").asText()).isEqualTo(LessonFixtures.CRM_PROJECT);
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("crm", "billing");
        assertThat(first.get("relevance").asDouble()).isPositive();
    }

    @Test
    void eachHitSaysWhereItsWordsWereFoundInTheTextAndTheTags() {
        JsonNode hit = search("q=migration estimates").get("items").get(0);

        assertThat(hit.get("matched").toString()).isEqualTo("[{\"word\":\"migration\",\"fields\":"
                + "[\"whatHappened\",\"recommendation\"],\"tags\":[\"migration\"]},{\"word\":\"estimates\","
                + "\"fields\":[\"whatHappened\",\"recommendation\"],\"tags\":[\"estimating\"]}]");
    }

    @Test
    void aLessonFoundByItsTagAloneSaysSo() {
        JsonNode items = search("q=billing").get("items");
        JsonNode tagged = items.get(items.size() - 2);

        assertThat(tagged.get("id").asLong()).isEqualTo(id("a4"));
        assertThat(tagged.get("matched").toString())
                .isEqualTo("[{\"word\":\"billing\",\"fields\":[],\"tags\":[\"billing\"]}]");
    }

    @Test
    void withoutASearchTextNothingIsMatchedAndThereIsNoHint() {
        JsonNode page = search("category=STAFFING");

        assertThat(page.get("items").get(0).get("matched")).isEmpty();
        assertThat(page.hasNonNull("hint")).isFalse();
    }

    @Test
    void anAnswerWithoutLessonsSaysNothingMatchedAndHowToSearchMoreBroadly() {
        JsonNode page = search("q=overrun");

        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("hint").asText()).startsWith("No lesson matches 'overrun'; try fewer or broader words")
                .contains("or search by category (OBSERVATION, ESTIMATING,");
        assertThat(search("q=overrun&tag=crm").get("hint").asText())
                .startsWith("No lesson matches 'overrun' with tag crm;").endsWith(", or leave out the filters.");
    }

    @Test
    void aTextOfCommonWordsOnlyIsToldTheyAreNotSearched() {
        assertThat(search("q=the of").get("hint").asText())
                .startsWith("'the of' has only common words such as 'the' or 'of', which are not searched");
    }

    private JsonNode search(String parameters) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("dev1", "dev1")
                .getForEntity("/api/lessons?" + parameters, JsonNode.class);
        assertThat(response.getStatusCode()).as("%s: %s", parameters, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private long id(String label) {
        return seeded.id(label);
    }
}
