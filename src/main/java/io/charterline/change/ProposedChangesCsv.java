package io.charterline.change;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.charterline.platform.web.InvalidField;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the work-package changes typed into the change-request form as CSV with the header
 * {@value #HEADER}; predecessors are separated by spaces, and {@value #NO_PREDECESSORS} says "none" (an empty cell
 * keeps a modified package's predecessors, as every other empty cell keeps its value). Rows are numbered from 1
 * after the header, and every error names its row, so the person typing can find it.
 */
final class ProposedChangesCsv {

    static final String HEADER = "action,code,name,estimateHours,skill,skillLevel,predecessors";
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** No work-package code can be it: codes start with a letter or digit. */
    static final String NO_PREDECESSORS = "-";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    /** One parsed row and its number (1 = the first row after the header). */
    record Row(int number, WorkPackageChange change) {
    }

    record Parsed(List<Row> rows, List<InvalidField> errors) {

        List<WorkPackageChange> changes() {
            return rows.stream().map(Row::change).toList();
        }
    }

    private ProposedChangesCsv() {
    }

    static Parsed parse(String csv, String field) {
        List<Row> rows = new ArrayList<>();
        List<InvalidField> errors = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return new Parsed(rows, errors);
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> values = MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(csv.strip())) {
            List<String> header = new ArrayList<>();
            ((CsvSchema) values.getParserSchema()).forEach(column -> header.add(column.getName()));
            List<String> unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
            if (!unknown.isEmpty() || !header.containsAll(List.of("action", "code"))) {
                errors.add(new InvalidField(field, "the first line must be the header " + HEADER + ", got "
                        + String.join(",", header)));
                return new Parsed(rows, errors);
            }
            int number = 0;
            while (values.hasNextValue()) {
                number++;
                Map<String, String> row = values.nextValue();
                List<String> rowErrors = new ArrayList<>();
                WorkPackageChange change = change(row, rowErrors);
                String rowName = rowName(number, row.get("code"));
                rowErrors.forEach(message -> errors.add(new InvalidField(field, "row " + rowName + ": " + message)));
                if (rowErrors.isEmpty()) {
                    rows.add(new Row(number, change));
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new InvalidField(field, "is not valid CSV (" + HEADER + "): " + e.getMessage()));
        }
        return new Parsed(rows, errors);
    }

    static String rowName(int number, String code) {
        return code == null ? String.valueOf(number) : number + " (" + code + ")";
    }

    private static WorkPackageChange change(Map<String, String> row, List<String> errors) {
        WorkPackageAction action = null;
        String actionText = row.get("action");
        if (actionText != null) {
            try {
                action = WorkPackageAction.valueOf(actionText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("action must be ADD, REMOVE or MODIFY, got '" + actionText + "'");
            }
        }
        BigDecimal hours = null;
        String hoursText = row.get("estimateHours");
        if (hoursText != null) {
            try {
                hours = new BigDecimal(hoursText);
            } catch (NumberFormatException e) {
                errors.add("estimateHours must be a number, got '" + hoursText + "'");
            }
        }
        Integer level = null;
        String levelText = row.get("skillLevel");
        if (levelText != null) {
            try {
                level = Integer.valueOf(levelText);
            } catch (NumberFormatException e) {
                errors.add("skillLevel must be a whole number from 1 to 5, got '" + levelText + "'");
            }
        }
        String predecessorsText = row.get("predecessors");
        List<String> predecessors = predecessorsText == null ? null
                : predecessorsText.equals(NO_PREDECESSORS) ? List.of()
                : Arrays.stream(predecessorsText.split("\\s+")).filter(code -> !code.isEmpty()).toList();
        String skill = row.get("skill");
        return new WorkPackageChange(action, row.get("code"), row.get("name"), hours,
                skill == null ? null : skill.toUpperCase(Locale.ROOT), level, predecessors);
    }
}
