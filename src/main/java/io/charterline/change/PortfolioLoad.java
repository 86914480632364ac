package io.charterline.change;

import io.charterline.resource.WeeklyLoad;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the impact analysis needs to know about people: who is booked where, who could do what, and their load. */
interface PortfolioLoad {

    /** The person booked on a package of the analysed project, if anyone is. */
    Optional<String> bookedOn(String packageCode);

    /** The hours booked on a package of the analysed project, by week (Monday). */
    Map<LocalDate, BigDecimal> bookedWeeksOf(String packageCode);

    /** Active people with the skill at the level or above, by user id. */
    List<String> qualified(String skill, int minLevel);

    /** Capacity and hours booked by all active projects in every week holding a day from {@code from} to {@code to}. */
    List<WeeklyLoad> loadOf(String userId, LocalDate from, LocalDate to);
}
