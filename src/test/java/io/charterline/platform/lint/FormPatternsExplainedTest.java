package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * form-js words a failed pattern as the regular expression itself and takes no message of ours (bpmn-io/form-js#1360),
 * so every field with a pattern has a line of its own, shown while the value does not match, that says it in words.
 */
class FormPatternsExplainedTest {

    /** Tasklist's FEEL (feelin) has no matches(): a value is well-formed when its pattern replaces it as a whole. */
    private static final Pattern HIDE_UNLESS_MALFORMED =
            Pattern.compile("=(\\w+) = null or replace\\(\\1, \"([^\"\\\\]+)\", \"\"\\) = \"\"");

    /** Typical values, right and wrong, of every kind of pattern the forms use: keys, ids, user ids, lists. */
    private static final List<String> SAMPLES = List.of("", "PRJ-2026-0004", " PRJ-2026-12345 ", "prj-2026-0004",
            "PRJ-26-0004", "PRJ-2026-004", "PRJ 2026 0004", "CR-2026-0004", " CR-2026-12345 ", "CR-26-0004",
            "CR-2026-004", "CRM", "CRM, BILLING", " CRM ,BILLING, HR-2 ", "crm", "CRM,,BILLING", "CRM BILLING",
            "CRM;BILLING", "-CRM", "sponsor", "pm", "j.doe@example.com", "dev_2", "j doe", " sponsor", "pm!", "hello",
            "Project X");

    @Test
    void everyFieldWithAPatternIsFollowedByALineThatNamesItByItsLabel() throws IOException {
        List<PatternField> fields = patternFields();

        assertThat(fields).as("fields with a pattern").hasSizeGreaterThanOrEqualTo(15);
        for (PatternField field : fields) {
            JsonNode line = field.line();
            assertThat(line).as(field + " has no line " + field.lineId() + " after it").isNotNull();
            assertThat(line.path("type").asText()).as(field.lineId()).isEqualTo("text");
            assertThat(line.path("text").asText()).as(field.lineId())
                    .startsWith("**" + field.component().path("label").asText() + " must ").endsWith(".**");
            assertThat(line.path("text").asText()).as(field.lineId()).doesNotContain("\\", "^", "$");
        }
    }

    @Test
    void theLineIsShownExactlyForAFilledInValueThePatternRefuses() throws IOException {
        for (PatternField field : patternFields()) {
            String pattern = field.component().path("validate").path("pattern").asText();
            assertThat(field.line()).as(field + " has no line " + field.lineId() + " after it").isNotNull();
            Matcher hide = HIDE_UNLESS_MALFORMED.matcher(field.line().path("conditional").path("hide").asText());
            assertThat(hide.matches()).as(field + " hides its line unless the value is malformed").isTrue();
            assertThat(hide.group(1)).as(field.lineId()).isEqualTo(field.component().path("key").asText());

            long refused = 0;
            for (String value : SAMPLES) {
                boolean shown = !value.replaceAll(hide.group(2), "").isEmpty();
                boolean malformed = !value.isEmpty() && !value.matches(pattern);
                assertThat(shown).as(field + " shows its line for \"" + value + "\"").isEqualTo(malformed);
                refused += malformed ? 1 : 0;
            }
            assertThat(refused).as(field + ": samples its pattern refuses").isPositive()
                    .isLessThan(SAMPLES.size() - 1);
        }
    }

    private static List<PatternField> patternFields() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
        List<PatternField> fields = new ArrayList<>();
        for (Path form : forms) {
            collect(form.getFileName().toString(), new ObjectMapper().readTree(form.toFile()).path("components"),
                    fields);
        }
        return fields;
    }

    private static void collect(String form, JsonNode components, List<PatternField> fields) {
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            collect(form, component.path("components"), fields);
            if (component.path("validate").hasNonNull("pattern")) {
                fields.add(new PatternField(form, component, lineAfter(components, i)));
            }
        }
    }

    /** The field's line comes after its row, among the lines of the fields beside it. */
    private static JsonNode lineAfter(JsonNode components, int fieldIndex) {
        JsonNode field = components.get(fieldIndex);
        String lineId = lineId(field);
        String row = field.path("layout").path("row").asText(null);
        for (int i = fieldIndex + 1; i < components.size(); i++) {
            JsonNode next = components.get(i);
            if (lineId.equals(next.path("id").asText())) {
                return next;
            }
            boolean besideIt = row != null && row.equals(next.path("layout").path("row").asText(null));
            if (!besideIt && !next.path("id").asText().endsWith("Format")) {
                return null;
            }
        }
        return null;
    }

    private static String lineId(JsonNode field) {
        return "Text_" + field.path("id").asText().replaceFirst("^Field_", "") + "Format";
    }

    private record PatternField(String form, JsonNode component, JsonNode line) {

        String lineId() {
            return FormPatternsExplainedTest.lineId(component);
        }

        @Override
        public String toString() {
            return form + " " + component.path("id").asText();
        }
    }
}
