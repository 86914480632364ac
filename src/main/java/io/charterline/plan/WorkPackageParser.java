package io.charterline.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.charterline.platform.web.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a work package plan from JSON (an array of objects) or CSV (a header line, then one package a line,
 * predecessors space-separated in their field). Only the format is checked here: a field of the wrong type or
 * a CSV line of the wrong shape, named by its line. The plan's rules are {@link WorkPackageValidator}'s.
 */
public class WorkPackageParser {

    public static final List<String> CSV_COLUMNS =
            List.of("code", "name", "estimateHours", "skill", "skillLevel", "predecessors");
    private static final String CSV_HEADER = String.join(",", CSV_COLUMNS);
    private static final Set<String> JSON_FIELDS = Set.copyOf(CSV_COLUMNS);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** Uploads without a declared type: a JSON plan starts with '[', anything else is read as CSV. */
    public List<WorkPackageSpec> parse(String content) {
        return content.stripLeading().startsWith("[") ? parseJson(content) : parseCsv(content);
    }

    public List<WorkPackageSpec> parseJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(PlanErrors.FIELD, "is not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(PlanErrors.FIELD, "must be a JSON array of work packages, each an "
                    + "object with " + CSV_COLUMNS);
        }
        tooMany(root.size());
        PlanErrors errors = new PlanErrors();
        List<WorkPackageSpec> packages = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                errors.add(PlanErrors.field(i), "must be an object with " + CSV_COLUMNS);
                continue;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!JSON_FIELDS.contains(name)) {
                    errors.add(PlanErrors.field(i, name), "is not a known field; allowed are " + CSV_COLUMNS);
                }
            }
            packages.add(new WorkPackageSpec(
                    text(node, i, "code", errors),
                    text(node, i, "name", errors),
                    decimal(node, i, errors),
                    text(node, i, "skill", errors),
                    integer(node, i, errors),
                    codes(node, i, errors)));
        }
        errors.throwIfAny();
        return packages;
    }

    public List<WorkPackageSpec> parseCsv(String csv) {
        CsvPlan plan = readCsv(csv);
        plan.errors().throwIfAny();
        return plan.packages();
    }

    /**
     * A CSV plan as read, with the line of each package and the errors of format found. A value that is not a
     * number leaves the package's field empty and the rest of the plan readable, so that its rules can be checked
     * beside it; a line of the wrong shape leaves {@code complete} false: the packages after it could be misread.
     */
    record CsvPlan(List<WorkPackageSpec> packages, List<Integer> lines, PlanErrors errors, boolean complete) {
    }

    CsvPlan readCsv(String csv) {
        String content = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        PlanErrors errors = new PlanErrors();
        List<WorkPackageSpec> packages = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean complete = true;
        try (JsonParser parser = CSV.createParser(content)) {
            Row header = nextRow(parser);
            if (header == null || !CSV_COLUMNS.equals(header.fields())) {
                throw new InvalidInputException(PlanErrors.FIELD, "line 1 must be the header " + CSV_HEADER
                        + (header == null ? ", but the CSV is empty" : ", got " + String.join(",", header.fields())));
            }
            for (Row row = nextRow(parser); row != null; row = nextRow(parser)) {
                tooMany(packages.size() + 1);
                WorkPackageSpec spec = row(row, packages.size(), errors);
                if (spec != null) {
                    packages.add(spec);
                    lines.add(row.line());
                } else {
                    complete = false;
                }
            }
        } catch (JsonProcessingException e) {
            complete = false;
            errors.add(PlanErrors.FIELD, "line " + e.getLocation().getLineNr() + " is not valid CSV: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Reading CSV from a string failed", e);
        }
        return new CsvPlan(packages, lines, errors, complete);
    }

    private record Row(int line, List<String> fields) {
    }

    private static WorkPackageSpec row(Row row, int index, PlanErrors errors) {
        List<String> fields = row.fields();
        int line = row.line();
        if (fields.size() != CSV_COLUMNS.size()) {
            errors.add(PlanErrors.field(index), "line " + line + " has " + fields.size() + " fields, expected "
                    + CSV_COLUMNS.size() + " (" + CSV_HEADER + "); quote a name that contains a comma");
            return null;
        }
        BigDecimal hours = null;
        if (!fields.get(2).isEmpty()) {
            try {
                hours = new BigDecimal(fields.get(2));
            } catch (NumberFormatException e) {
                errors.add(PlanErrors.field(index, "estimateHours"), "line " + line
                        + ": must be a number of hours such as 12 or 7.5, got '" + fields.get(2) + "'");
            }
        }
        Integer level = null;
        if (!fields.get(4).isEmpty()) {
            try {
                level = Integer.valueOf(fields.get(4));
            } catch (NumberFormatException e) {
                errors.add(PlanErrors.field(index, "skillLevel"), "line " + line
                        + ": must be a whole number from 1 to 5, got '" + fields.get(4) + "'");
            }
        }
        List<String> predecessors = fields.get(5).isEmpty() ? List.of() : List.of(fields.get(5).split("\\s+"));
        return new WorkPackageSpec(emptyToNull(fields.get(0)), emptyToNull(fields.get(1)), hours,
                emptyToNull(fields.get(3)), level, predecessors);
    }

    private static Row nextRow(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        // The row's opening token still points at the previous row; its first value knows the line.
        int line = -1;
        List<String> fields = new ArrayList<>(CSV_COLUMNS.size());
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (fields.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            fields.add(parser.getText());
        }
        return new Row(line, fields);
    }

    private static void tooMany(int count) {
        if (count > WorkPackageValidator.MAX_PACKAGES) {
            throw new InvalidInputException(PlanErrors.FIELD, "must hold at most " + WorkPackageValidator.MAX_PACKAGES
                    + " work packages; split the plan");
        }
    }

    private static String text(JsonNode node, int i, String field, PlanErrors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(PlanErrors.field(i, field), "must be a string, got " + value);
            return null;
        }
        return value.asText();
    }

    private static BigDecimal decimal(JsonNode node, int i, PlanErrors errors) {
        JsonNode value = node.get("estimateHours");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(PlanErrors.field(i, "estimateHours"), "must be a number of hours such as 12 or 7.5, got "
                    + value);
            return null;
        }
        return value.decimalValue();
    }

    private static Integer integer(JsonNode node, int i, PlanErrors errors) {
        JsonNode value = node.get("skillLevel");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(PlanErrors.field(i, "skillLevel"), "must be a whole number from 1 to 5, got " + value);
            return null;
        }
        return value.intValue();
    }

    private static List<String> codes(JsonNode node, int i, PlanErrors errors) {
        JsonNode value = node.get("predecessors");
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode code : value) {
                if (code.isTextual()) {
                    codes.add(code.asText());
                    continue;
                }
                errors.add(PlanErrors.field(i, "predecessors"), "must be an array of work package codes (strings), "
                        + "got " + value);
                return List.of();
            }
            return codes;
        }
        errors.add(PlanErrors.field(i, "predecessors"), "must be an array of work package codes, got " + value);
        return List.of();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
