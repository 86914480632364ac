package io.charterline.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staffing gaps as the PMO reads them on the gap form (one Markdown line per package), and back: the gap
 * form's text is the only record of the gaps once the PMO has resolved them, and the lessons learn from it.
 */
public final class StaffingGapText {

    /** A gap as it is read back: the skill and the hours nobody was free for. */
    public record SkillGap(String packageCode, String skill, BigDecimal missingHours) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^- \\*\\*(?<code>[^*]+)\\*\\*: (?<skill>\\S+) level \\d+, (?<missing>[0-9.]+) of [0-9.]+ h missing.*$",
            Pattern.MULTILINE);

    private StaffingGapText() {
    }

    /**
     * @param people how a person is shown: the PMO types the closest candidate's user id into the assignments, so
     *               the form gives it beside their name
     */
    public static String format(List<StaffingGap> gaps, UnaryOperator<String> people) {
        return gaps.stream().map(gap -> format(gap, people)).collect(Collectors.joining("\n"));
    }

    static String format(StaffingGap gap, UnaryOperator<String> people) {
        String weeks = gap.weeks().stream()
                .filter(week -> week.hoursMissing().signum() > 0)
                .map(week -> week.weekStart() + " (" + plain(week.hoursMissing()) + " h)")
                .collect(Collectors.joining(", "));
        return "- **%s**: %s level %d, %s of %s h missing in the weeks of %s%s".formatted(gap.packageCode(),
                gap.skill(), gap.minLevel(), plain(gap.hoursMissing()), plain(gap.hoursDemanded()), weeks,
                gap.closestCandidate() == null ? "" : "; closest candidate " + people.apply(gap.closestCandidate()));
    }

    public static List<SkillGap> parse(String text) {
        List<SkillGap> gaps = new ArrayList<>();
        if (text == null) {
            return gaps;
        }
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            gaps.add(new SkillGap(line.group("code"), line.group("skill"), new BigDecimal(line.group("missing"))));
        }
        return gaps;
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
