package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, repeatable staffing problem over half a year: a pool with one to three skills each and some leave,
 * other projects' bookings on it, and work packages to staff, one in fifty asking for more than 80 hours a week,
 * which nobody can give. Shared by the scale test and the benchmark so both judge the same data.
 */
public final class RandomStaffing {

    public static final List<String> SKILLS = List.of("ANALYSIS", "ARCHITECTURE", "JAVA", "FRONTEND", "DATABASE",
            "TESTING", "DEVOPS", "SECURITY", "NETWORK", "DATA", "UX", "PROJECT_MANAGEMENT");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    private static final int WEEKS = 26;

    private final Random random = new Random(20260105);

    public List<PoolResource> pool(int size) {
        List<PoolResource> people = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            Map<String, Integer> skills = new HashMap<>();
            int count = 1 + random.nextInt(3);
            while (skills.size() < count) {
                skills.put(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(5));
            }
            List<Unavailability> away = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                LocalDate from = FIRST_MONDAY.plusDays(random.nextInt(WEEKS * 7));
                away.add(new Unavailability(from, from.plusDays(random.nextInt(14)), "Leave"));
            }
            people.add(new PoolResource(id, "user" + id, List.of(20, 32, 40, 40, 40).get(random.nextInt(5)),
                    BigDecimal.valueOf(60 + random.nextInt(100)), skills, away));
        }
        return people;
    }

    /** {@code count} weeks that other projects booked on people of a pool of {@code poolSize}. */
    public List<BookedWeek> otherProjects(int count, int poolSize) {
        List<BookedWeek> booked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            booked.add(new BookedWeek(1 + random.nextInt(poolSize), FIRST_MONDAY.plusWeeks(random.nextInt(WEEKS)),
                    BigDecimal.valueOf(4 + random.nextInt(16))));
        }
        return booked;
    }

    public List<StaffingDemand> demands(int count) {
        List<StaffingDemand> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate start = FIRST_MONDAY.plusDays(random.nextInt((WEEKS - 6) * 7));
            LocalDate finish = start.plusDays(4 + random.nextInt(35));
            int workingDays = WorkWeeks.workingDays(start, finish);
            int hoursPerDay = i % 50 == 0 ? 17 : 1 + random.nextInt(6);
            list.add(new StaffingDemand("WP-%04d".formatted(i), SKILLS.get(random.nextInt(SKILLS.size())),
                    1 + random.nextInt(5), BigDecimal.valueOf((long) hoursPerDay * workingDays), start, finish));
        }
        return list;
    }
}
