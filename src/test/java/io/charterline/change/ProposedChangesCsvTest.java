package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.web.InvalidField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposedChangesCsvTest {

    @Test
    void readsEachActionWithItsFieldsAndSpaceSeparatedPredecessors() {
        ProposedChangesCsv.Parsed parsed = ProposedChangesCsv.parse("""
                action,code,name,estimateHours,skill,skillLevel,predecessors
                ADD,7.1,"Export, daily",40,java,3,6.2 6.3
                modify,6.4,,12.5,,,
                REMOVE,5.9,,,,,
                """, "proposedChangesCsv");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.changes()).containsExactly(
                new WorkPackageChange(WorkPackageAction.ADD, "7.1", "Export, daily", new BigDecimal("40"), "JAVA", 3,
                        List.of("6.2", "6.3")),
                new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null, new BigDecimal("12.5"), null, null,
                        null),
                new WorkPackageChange(WorkPackageAction.REMOVE, "5.9", null, null, null, null, null));
    }

    @Test
    void aDashClearsAModifiedPackagesPredecessorsAndAnEmptyCellKeepsThem() {
        ProposedChangesCsv.Parsed parsed = ProposedChangesCsv.parse("""
                action,code,name,estimateHours,skill,skillLevel,predecessors
                MODIFY,6.4,,,,,-
                MODIFY,6.5,,40,,,
                """, "proposedChangesCsv");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.changes()).extracting(WorkPackageChange::predecessors)
                .containsExactly(List.of(), null);
    }

    @Test
    void blankTextOrOnlyTheHeaderProposesNoWorkPackageChange() {
        assertThat(ProposedChangesCsv.parse("  ", "f").changes()).isEmpty();
        assertThat(ProposedChangesCsv.parse(ProposedChangesCsv.HEADER + "\n", "f").changes()).isEmpty();
    }

    @Test
    void badValuesAreReportedWithTheirRowAndCode() {
        ProposedChangesCsv.Parsed parsed = ProposedChangesCsv.parse("""
                action,code,name,estimateHours,skill,skillLevel,predecessors
                ADD,7.1,Export,forty,JAVA,3,
                RENAME,7.2,Import,8,JAVA,high,
                """, "proposedChangesCsv");

        assertThat(parsed.changes()).isEmpty();
        assertThat(parsed.errors()).extracting(InvalidField::field).containsOnly("proposedChangesCsv");
        assertThat(parsed.errors()).extracting(InvalidField::message).containsExactly(
                "row 1 (7.1): estimateHours must be a number, got 'forty'",
                "row 2 (7.2): action must be ADD, REMOVE or MODIFY, got 'RENAME'",
                "row 2 (7.2): skillLevel must be a whole number from 1 to 5, got 'high'");
    }

    @Test
    void unknownColumnIsRefusedWithTheExpectedHeader() {
        ProposedChangesCsv.Parsed parsed = ProposedChangesCsv.parse("action,code,hours\nADD,7.1,4", "f");

        assertThat(parsed.errors()).extracting(InvalidField::message).containsExactly(
                "the first line must be the header " + ProposedChangesCsv.HEADER + ", got action,code,hours");
    }
}
