package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.InvalidField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a change proposal from the variables of the change-request form. Values of the wrong type are reported
 * as bad fields, never cast blindly; the validator's field names are translated back to the form's keys, so
 * Tasklist points at the field to correct (work-package errors name their CSV row).
 */
final class ChangeRequestForm {

    private static final Pattern WORK_PACKAGE_FIELD = Pattern.compile("workPackageChanges\\[(\\d+)]\\.?(.*)");

    record Read(ChangeProposal proposal, List<InvalidField> errors, List<ProposedChangesCsv.Row> rows) {

        /** The form's name for a field the validator names as in the JSON body. */
        InvalidField toFormField(InvalidField field) {
            Matcher matcher = WORK_PACKAGE_FIELD.matcher(field.field());
            if (matcher.matches()) {
                ProposedChangesCsv.Row row = rows.get(Integer.parseInt(matcher.group(1)));
                String rowName = ProposedChangesCsv.rowName(row.number(), row.change().code());
                String column = matcher.group(2).isEmpty() ? "" : matcher.group(2) + " ";
                return new InvalidField(PROPOSED_CHANGES_CSV, "row " + rowName + ": " + column + field.message());
            }
            if (field.field().equals("workPackageChanges")) {
                return new InvalidField(PROPOSED_CHANGES_CSV, field.message());
            }
            return field;
        }
    }

    private ChangeRequestForm() {
    }

    static Read read(Map<String, Object> variables, String requester) {
        List<InvalidField> errors = new ArrayList<>();
        Object csv = variables.get(PROPOSED_CHANGES_CSV);
        ProposedChangesCsv.Parsed parsed = ProposedChangesCsv.parse(csv == null ? null : csv.toString(),
                PROPOSED_CHANGES_CSV);
        errors.addAll(parsed.errors());
        ChangeProposal proposal = new ChangeProposal(
                FormValues.text(variables, TITLE),
                FormValues.text(variables, DESCRIPTION),
                FormValues.text(variables, REASON),
                type(variables, errors),
                requester,
                parsed.changes(),
                FormValues.decimal(variables, BUDGET_CHANGE, errors),
                FormValues.text(variables, SCOPE_CHANGE),
                keys(variables.get(AFFECTED_ITEMS)),
                timestamp(variables, WINDOW_START, errors),
                timestamp(variables, WINDOW_END, errors));
        return new Read(proposal, errors, parsed.rows());
    }


    private static ChangeType type(Map<String, Object> variables, List<InvalidField> errors) {
        String value = FormValues.text(variables, REQUESTED_TYPE);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ChangeType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField(REQUESTED_TYPE, "must be STANDARD, NORMAL or EMERGENCY, got '" + value + "'"));
            return null;
        }
    }


    /** Camunda Forms send date-times as ISO strings (with Z, an offset or none = UTC); engine-rest may send a Date. */
    private static Instant timestamp(Map<String, Object> variables, String name, List<InvalidField> errors) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.add(new InvalidField(name, "must be a date and time such as 2027-03-06T22:00Z, got '"
                        + value + "'"));
                return null;
            }
        }
    }

    /** Items arrive as a comma-separated string from the form or as a list from JSON variables. */
    static List<String> keys(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> items = value instanceof Collection<?> collection ? collection
                : Arrays.asList(value.toString().split(","));
        return items.stream()
                .map(item -> item == null ? "" : item.toString().strip())
                .filter(key -> !key.isEmpty())
                .distinct()
                .toList();
    }
}
