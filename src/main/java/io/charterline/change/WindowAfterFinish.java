package io.charterline.change;

import io.charterline.platform.text.Counted;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a window the PMO may choose for a conflicting change ends after the project's planned finish, in words for
 * their decision: the project's acceptance waits for every open change, so such a window, not the plan, sets the
 * earliest close.
 */
final class WindowAfterFinish {

    private WindowAfterFinish() {
    }

    /**
     * "The proposed window ends 3 days after the planned finish 2027-01-07: the project cannot close before it.", and
     * the same for the requested window, if kept; null when neither ends after it or no finish is planned.
     *
     * @param plannedFinish the project's planned finish with the change
     */
    static String inWords(WindowProposal proposal, LocalDate plannedFinish) {
        if (plannedFinish == null) {
            return null;
        }
        String inWords = Stream.of(
                        proposal.proposed() == null ? null : after("proposed window", proposal.proposed(),
                                plannedFinish, "the project cannot close before it"),
                        after("requested window", proposal.requested(), plannedFinish,
                                "if you keep it, the project cannot close before it"))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return inWords.isEmpty() ? null : inWords;
    }

    private static String after(String which, ImplementationWindow window, LocalDate plannedFinish,
                                String consequence) {
        // The end is exclusive: a window that ends at midnight is over with the day before.
        LocalDate lastDay = LocalDate.ofInstant(window.end().minusNanos(1), ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(plannedFinish, lastDay);
        return days <= 0 ? null : "The " + which + " ends " + Counted.of(days, "day")
                + " after the planned finish " + plannedFinish + ": " + consequence + ".";
    }
}
