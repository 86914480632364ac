package io.charterline.change;

import io.charterline.resource.WeeklyLoad;
import io.charterline.resource.WorkWeeks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** People, bookings and skills for the plain impact tests: every person works 40 hours a week unless told. */
class InMemoryPortfolio implements PortfolioLoad {

    private final Map<String, String> bookedOn = new HashMap<>();
    private final Map<String, Map<LocalDate, BigDecimal>> packageWeeks = new HashMap<>();
    private final Map<String, Map<LocalDate, BigDecimal>> personWeeks = new HashMap<>();
    private final Map<String, Integer> capacity = new HashMap<>();
    private final Map<String, List<String>> qualified = new HashMap<>();

    /** A booking of this project's package. */
    InMemoryPortfolio book(String packageCode, String person, LocalDate week, String hours) {
        bookedOn.put(packageCode, person);
        packageWeeks.computeIfAbsent(packageCode, code -> new TreeMap<>()).merge(week, new BigDecimal(hours),
                BigDecimal::add);
        return bookElsewhere(person, week, hours);
    }

    /** Hours the person is booked by any project, this one included. */
    InMemoryPortfolio bookElsewhere(String person, LocalDate week, String hours) {
        personWeeks.computeIfAbsent(person, who -> new TreeMap<>()).merge(week, new BigDecimal(hours),
                BigDecimal::add);
        return this;
    }

    InMemoryPortfolio capacity(String person, int weeklyHours) {
        capacity.put(person, weeklyHours);
        return this;
    }

    InMemoryPortfolio qualified(String skill, String... people) {
        qualified.put(skill, List.of(people));
        return this;
    }

    @Override
    public Optional<String> bookedOn(String packageCode) {
        return Optional.ofNullable(bookedOn.get(packageCode));
    }

    @Override
    public Map<LocalDate, BigDecimal> bookedWeeksOf(String packageCode) {
        return packageWeeks.getOrDefault(packageCode, Map.of());
    }

    @Override
    public List<String> qualified(String skill, int minLevel) {
        return qualified.getOrDefault(skill, List.of());
    }

    @Override
    public List<WeeklyLoad> loadOf(String userId, LocalDate from, LocalDate to) {
        List<WeeklyLoad> load = new ArrayList<>();
        BigDecimal hours = BigDecimal.valueOf(capacity.getOrDefault(userId, 40)).setScale(2);
        for (LocalDate week = WorkWeeks.weekStart(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            BigDecimal booked = personWeeks.getOrDefault(userId, Map.of()).getOrDefault(week, BigDecimal.ZERO)
                    .setScale(2);
            load.add(new WeeklyLoad(userId, week, hours, booked, booked.subtract(hours).max(BigDecimal.ZERO)));
        }
        return load;
    }
}
