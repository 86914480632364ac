package io.charterline.plan;

import io.charterline.platform.web.InvalidField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV plan's errors as the person who typed it in the plan form reads them: by the CSV's line, counted from 1 as
 * every editor does, and the package's code, not by the API's {@code workPackages[i]} paths, which count from 0.
 */
final class CsvPlanErrors {

    private static final Pattern PATH = Pattern.compile("workPackages\\[(\\d+)]");
    private static final Pattern FIELD = Pattern.compile("workPackages\\[(\\d+)](?:\\.(\\w+))?");
    /** The parser names the line in its messages already, also for a line it could not turn into a package. */
    private static final Pattern LINE = Pattern.compile("line (\\d+):? ");

    private CsvPlanErrors() {
    }

    /** Each error with its field reading "line 3 (SCN-1), skill:" and its message without the code or a path. */
    static List<InvalidField> byLine(List<InvalidField> errors, WorkPackageParser.CsvPlan csv) {
        return errors.stream().map(error -> byLine(error, csv)).toList();
    }

    private static InvalidField byLine(InvalidField error, WorkPackageParser.CsvPlan csv) {
        String message = error.message();
        Matcher field = FIELD.matcher(error.field());
        Integer index = field.matches() ? Integer.valueOf(field.group(1)) : null;
        String column = field.matches() ? field.group(2) : null;
        Integer line = index != null && index < csv.lines().size() ? csv.lines().get(index) : null;
        Matcher named = LINE.matcher(message);
        if (named.lookingAt()) {
            int namedLine = Integer.parseInt(named.group(1));
            // A line of the wrong shape is no package: the index it carries is the next package's.
            if (line == null || line != namedLine) {
                index = null;
            }
            line = namedLine;
            message = message.substring(named.end());
        }
        if (line == null) {
            return new InvalidField("the plan", paths(message, csv));
        }
        String code = index == null ? null : csv.packages().get(index).code();
        String position = "line " + line;
        if (code != null && !code.isBlank()) {
            position += " (" + code + ")";
            if (message.startsWith(code + ": ")) {
                message = message.substring(code.length() + 2);
            } else if (message.startsWith(code + " ")) {
                return new InvalidField(position, paths(message.substring(code.length() + 1), csv));
            }
        }
        return new InvalidField(column == null ? position + ":" : position + ", " + column + ":", paths(message, csv));
    }

    /** A message that names another package by its path ("also workPackages[0]") names its line instead. */
    private static String paths(String message, WorkPackageParser.CsvPlan csv) {
        Matcher path = PATH.matcher(message);
        StringBuilder text = new StringBuilder();
        while (path.find()) {
            int index = Integer.parseInt(path.group(1));
            path.appendReplacement(text, index < csv.lines().size() ? "line " + csv.lines().get(index) : path.group());
        }
        return path.appendTail(text).toString();
    }
}
