package io.charterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The shared ObjectMapper reads on past a bad value only inside a request body's reading; JSON read anywhere else
 * with it (a stored impact analysis, say) fails on a bad value as Jackson always does, rather than losing it.
 */
class BodyTypeErrorsTest {

    record Stored(Integer count, LocalDate due) {
    }

    record Note(String reason, List<String> tags, Integer count) {
    }

    private static final String BAD = "{\"count\": \"ten\", \"due\": \"2026-12-31\"}";

    private final ObjectMapper shared = sharedObjectMapper();
    private final EveryBadFieldAdvice advice = new EveryBadFieldAdvice(noRules());

    @BeforeEach
    void inARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void requestEnds() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aStoredDocumentWithABadValueFailsOutsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();

        assertThatThrownBy(() -> shared.readValue(BAD, Stored.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aStoredDocumentWithABadValueFailsInARequestThatReadsNoBody() {
        assertThatThrownBy(() -> shared.readValue(BAD, Stored.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aStoredDocumentWithABadValueFailsAfterTheRequestBodyWasRead() throws Exception {
        startReadingBody();
        Stored body = shared.readValue("{\"count\": 10}", Stored.class);
        advice.afterBodyRead(body, null, null, Stored.class, MappingJackson2HttpMessageConverter.class);

        assertThatThrownBy(() -> shared.readValue(BAD, Stored.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aStoredDocumentWithABadValueFailsAfterAnEmptyRequestBody() {
        startReadingBody();
        advice.handleEmptyBody(null, null, null, Stored.class, MappingJackson2HttpMessageConverter.class);

        assertThatThrownBy(() -> shared.readValue(BAD, Stored.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aRequestBodyWithABadValueIsReadOnAndRefusedNamingTheField() throws Exception {
        startReadingBody();
        Stored body = shared.readValue(BAD, Stored.class);

        assertThat(body.count()).isNull();
        assertThat(body.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> advice.afterBodyRead(body, null, null, Stored.class,
                MappingJackson2HttpMessageConverter.class))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fields())
                        .containsExactly(new InvalidField("count", "must be a number, not 'ten'")));
    }

    @Test
    void aStoredDocumentWithANumberOrTrueForTextReadsThemAsTextAsBefore() throws Exception {
        Note stored = shared.readValue("{\"reason\": 5, \"tags\": [true, \"late\"]}", Note.class);

        assertThat(stored.reason()).isEqualTo("5");
        assertThat(stored.tags()).containsExactly("true", "late");
    }

    @Test
    void aRequestBodyWithNumbersOrTrueForTextIsRefusedNamingEachWithTheOtherBadFields() throws Exception {
        startReadingBody();
        Note body = shared.readValue("{\"reason\": 5, \"tags\": [\"late\", false], \"count\": 1.5}", Note.class);

        assertThat(body.reason()).isNull();
        assertThatThrownBy(() -> advice.afterBodyRead(body, null, null, Note.class,
                MappingJackson2HttpMessageConverter.class))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fields())
                        .containsExactly(new InvalidField("reason", "must be text, not 5"),
                                new InvalidField("tags[1]", "must be text, not false"),
                                new InvalidField("count", "must be a whole number, not 1.5")));
    }

    @Test
    void aRequestBodyWithAnObjectOrAListForTextIsRefusedSayingItMustBeText() throws Exception {
        startReadingBody();
        Note body = shared.readValue("{\"reason\": {\"why\": \"late\"}, \"tags\": [[\"late\"]]}", Note.class);

        assertThatThrownBy(() -> advice.afterBodyRead(body, null, null, Note.class,
                MappingJackson2HttpMessageConverter.class))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fields())
                        .containsExactly(new InvalidField("reason", "must be text"),
                                new InvalidField("tags[0]", "must be text")));
    }

    @Test
    void aRequestBodyWithTextForTextIsTakenAsItIs() throws Exception {
        startReadingBody();
        Note body = shared.readValue("{\"reason\": \"5\", \"tags\": [\"true\"]}", Note.class);

        assertThat(advice.afterBodyRead(body, null, null, Note.class, MappingJackson2HttpMessageConverter.class))
                .isEqualTo(new Note("5", List.of("true"), null));
    }

    private void startReadingBody() {
        advice.beforeBodyRead(null, null, Stored.class, MappingJackson2HttpMessageConverter.class);
    }

    /** The application's ObjectMapper as Spring Boot builds it, with our customizer. */
    private static ObjectMapper sharedObjectMapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        EveryBadFieldAdvice.readOnPastTypeErrors().customize(builder);
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static ObjectProvider<BodyRules<?>> noRules() {
        return (ObjectProvider<BodyRules<?>>) (ObjectProvider<?>) new DefaultListableBeanFactory()
                .getBeanProvider(BodyRules.class);
    }
}
