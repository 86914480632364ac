package io.charterline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPackageParserTest {

    private final WorkPackageParser parser = new WorkPackageParser();

    @Test
    void readsAJsonArrayOfPackages() {
        List<WorkPackageSpec> plan = parser.parseJson("""
                [{"code": "WP-1", "name": "Design", "estimateHours": 12.5, "skill": "ARCHITECTURE",
                  "skillLevel": 4, "predecessors": []},
                 {"code": "WP-2", "name": "Build", "estimateHours": 40, "skill": "JAVA", "skillLevel": 3,
                  "predecessors": ["WP-1"]},
                 {"code": "WP-3", "name": "Test", "estimateHours": 16, "skill": "TESTING", "skillLevel": 2}]
                """);

        assertThat(plan).containsExactly(
                new WorkPackageSpec("WP-1", "Design", new BigDecimal("12.5"), "ARCHITECTURE", 4, List.of()),
                new WorkPackageSpec("WP-2", "Build", new BigDecimal("40"), "JAVA", 3, List.of("WP-1")),
                new WorkPackageSpec("WP-3", "Test", new BigDecimal("16"), "TESTING", 2, List.of()));
    }

    @Test
    void jsonFieldsOfTheWrongTypeAreNamedByPosition() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> parser.parseJson("""
                [{"code": "WP-1", "name": "Design", "estimateHours": 8, "skill": "UX", "skillLevel": 2},
                 {"code": "WP-2", "name": "Build", "estimateHours": "forty", "skill": "JAVA", "skillLevel": 2.5,
                  "predecessors": "WP-1", "owner": "dev1"}]
                """));

        assertThat(error.fields()).extracting(InvalidField::field).containsExactlyInAnyOrder(
                "workPackages[1].estimateHours", "workPackages[1].skillLevel", "workPackages[1].predecessors",
                "workPackages[1].owner");
    }

    @Test
    void jsonThatIsNoArrayIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> parser.parseJson("{\"code\": \"WP-1\"}"));

        assertThat(error.fields()).extracting(InvalidField::field).containsExactly("workPackages");
        assertThat(error.getMessage()).contains("must be a JSON array");
    }

    @Test
    void brokenJsonNamesItsLine() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> parser.parseJson("[\n{\"code\": \"WP-1\",,}\n]"));

        assertThat(error.getMessage()).contains("is not valid JSON at line 2");
    }

    @Test
    void readsCsvWithQuotedNamesAndSpaceSeparatedPredecessors() {
        List<WorkPackageSpec> plan = parser.parseCsv("""
                \uFEFFcode,name,estimateHours,skill,skillLevel,predecessors
                WP-1,"Design, first pass",12.5,ARCHITECTURE,4,

                WP-2,Build,40,JAVA,3,WP-1
                WP-3,Test,16,TESTING,2,WP-1  WP-2
                """);

        assertThat(plan).containsExactly(
                new WorkPackageSpec("WP-1", "Design, first pass", new BigDecimal("12.5"), "ARCHITECTURE", 4,
                        List.of()),
                new WorkPackageSpec("WP-2", "Build", new BigDecimal("40"), "JAVA", 3, List.of("WP-1")),
                new WorkPackageSpec("WP-3", "Test", new BigDecimal("16"), "TESTING", 2, List.of("WP-1", "WP-2")));
    }

    @Test
    void csvLineWithTheWrongFieldCountIsNamedByLineNumber() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> parser.parseCsv("""
                code,name,estimateHours,skill,skillLevel,predecessors
                WP-1,Design,8,UX,2,

                WP-2,Build, with a comma,40,JAVA,3,WP-1
                """));

        assertThat(error.fields()).containsExactly(new InvalidField("workPackages[1]",
                "line 4 has 7 fields, expected 6 (code,name,estimateHours,skill,skillLevel,predecessors); "
                        + "quote a name that contains a comma"));
    }

    @Test
    void csvNonNumbersAreNamedByLineNumberAndField() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> parser.parseCsv("""
                code,name,estimateHours,skill,skillLevel,predecessors
                WP-1,Design,eight,UX,2,
                WP-2,Build,40,JAVA,high,WP-1
                """));

        assertThat(error.fields()).containsExactly(
                new InvalidField("workPackages[0].estimateHours",
                        "line 2: must be a number of hours such as 12 or 7.5, got 'eight'"),
                new InvalidField("workPackages[1].skillLevel",
                        "line 3: must be a whole number from 1 to 5, got 'high'"));
    }

    @Test
    void csvWithoutTheHeaderIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> parser.parseCsv("WP-1,Design,8,UX,2,\n"));

        assertThat(error.getMessage()).contains(
                "line 1 must be the header code,name,estimateHours,skill,skillLevel,predecessors, got WP-1");
    }

    @Test
    void uploadStartingWithABracketIsReadAsJsonElseAsCsv() {
        assertThat(parser.parse("  [{\"code\": \"WP-1\"}]")).extracting(WorkPackageSpec::code)
                .containsExactly("WP-1");
        assertThat(parser.parse("code,name,estimateHours,skill,skillLevel,predecessors\nWP-9,X,1,UX,1,\n"))
                .extracting(WorkPackageSpec::code).containsExactly("WP-9");
    }
}
