package io.charterline.resource;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.DemoProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A resource pool for the demo: 40 people over the 12 skills, the demo users pm, dev1, dev2 and dev3 among them,
 * with a few days away in the coming weeks. Everyone who is not a demo user already gets an identity user
 * (password = user id, group team-members) so work assigned to them shows in Tasklist. Only with demo data on;
 * people who exist already are left alone, so restarts change nothing.
 */
@Component
@Order(10)
class ResourcePoolDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ResourcePoolDemoData.class);

    private record DemoPerson(String userId, String firstName, String lastName, int weeklyHours, int rate,
                              Map<String, Integer> skills) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            person("pm", "Priya", "Manager", 40, 130, Map.of("PROJECT_MANAGEMENT", 4, "ANALYSIS", 3)),
            person("dev1", "Dana", "Developer", 40, 110, Map.of("JAVA", 4, "DATABASE", 3, "TESTING", 2)),
            person("dev2", "Dmitri", "Developer", 40, 100, Map.of("FRONTEND", 4, "JAVA", 2, "UX", 2)),
            person("dev3", "Dee", "Developer", 32, 105, Map.of("DEVOPS", 3, "JAVA", 3, "SECURITY", 2)),
            person("amelia.hughes", "Amelia", "Hughes", 40, 150, Map.of("ARCHITECTURE", 5, "JAVA", 4)),
            person("ben.okafor", "Ben", "Okafor", 40, 125, Map.of("JAVA", 5, "DATABASE", 4)),
            person("chloe.martin", "Chloe", "Martin", 40, 105, Map.of("JAVA", 3, "TESTING", 3)),
            person("daniel.kowalski", "Daniel", "Kowalski", 40, 85, Map.of("JAVA", 2, "FRONTEND", 2)),
            person("elena.rossi", "Elena", "Rossi", 40, 115, Map.of("FRONTEND", 5, "UX", 3)),
            person("farid.haddad", "Farid", "Haddad", 32, 95, Map.of("FRONTEND", 3, "JAVA", 2)),
            person("grace.lee", "Grace", "Lee", 32, 110, Map.of("UX", 5, "ANALYSIS", 3)),
            person("hannah.schmidt", "Hannah", "Schmidt", 40, 90, Map.of("UX", 3, "FRONTEND", 2)),
            person("ivan.petrov", "Ivan", "Petrov", 40, 135, Map.of("DATABASE", 5, "DATA", 4)),
            person("julia.santos", "Julia", "Santos", 24, 100, Map.of("DATABASE", 3, "JAVA", 2)),
            person("kenji.tanaka", "Kenji", "Tanaka", 40, 140, Map.of("DATA", 5, "DATABASE", 3, "ANALYSIS", 2)),
            person("laura.fischer", "Laura", "Fischer", 40, 110, Map.of("DATA", 3, "ANALYSIS", 3)),
            person("marcus.johnson", "Marcus", "Johnson", 40, 135, Map.of("DEVOPS", 5, "NETWORK", 3)),
            person("nina.andersen", "Nina", "Andersen", 40, 125, Map.of("DEVOPS", 4, "SECURITY", 3)),
            person("omar.farouk", "Omar", "Farouk", 40, 90, Map.of("DEVOPS", 2, "TESTING", 3)),
            person("paula.novak", "Paula", "Novak", 40, 160, Map.of("SECURITY", 5, "NETWORK", 4)),
            person("quentin.dubois", "Quentin", "Dubois", 32, 120, Map.of("SECURITY", 3, "DEVOPS", 2)),
            person("rahul.mehta", "Rahul", "Mehta", 40, 120, Map.of("NETWORK", 5, "DEVOPS", 3)),
            person("sara.lindqvist", "Sara", "Lindqvist", 40, 95, Map.of("NETWORK", 3)),
            person("tomas.horvat", "Tomas", "Horvat", 40, 95, Map.of("TESTING", 5, "JAVA", 2)),
            person("uma.krishnan", "Uma", "Krishnan", 40, 88, Map.of("TESTING", 4, "ANALYSIS", 2)),
            person("victor.alvarez", "Victor", "Alvarez", 20, 75, Map.of("TESTING", 2)),
            person("wendy.clarke", "Wendy", "Clarke", 40, 120, Map.of("ANALYSIS", 5, "PROJECT_MANAGEMENT", 3)),
            person("xavier.moreau", "Xavier", "Moreau", 40, 100, Map.of("ANALYSIS", 4, "DATA", 2)),
            person("yasmin.begum", "Yasmin", "Begum", 32, 92, Map.of("ANALYSIS", 3, "UX", 2)),
            person("zoe.bennett", "Zoe", "Bennett", 40, 145, Map.of("PROJECT_MANAGEMENT", 5, "ANALYSIS", 4)),
            person("adrian.wolf", "Adrian", "Wolf", 40, 115, Map.of("PROJECT_MANAGEMENT", 3, "TESTING", 2)),
            person("bianca.ferrari", "Bianca", "Ferrari", 40, 145, Map.of("ARCHITECTURE", 4, "SECURITY", 3)),
            person("carlos.mendes", "Carlos", "Mendes", 40, 130,
                    Map.of("ARCHITECTURE", 3, "DATABASE", 3, "DATA", 3)),
            person("diana.popescu", "Diana", "Popescu", 40, 115, Map.of("JAVA", 4, "DEVOPS", 2)),
            person("emeka.nwosu", "Emeka", "Nwosu", 40, 100, Map.of("JAVA", 3, "FRONTEND", 3)),
            person("fatima.zahra", "Fatima", "Zahra", 40, 105, Map.of("FRONTEND", 4, "TESTING", 2)),
            person("george.papadopoulos", "George", "Papadopoulos", 40, 120, Map.of("DATABASE", 4, "DEVOPS", 2)),
            person("helen.oconnor", "Helen", "O'Connor", 32, 155,
                    Map.of("ARCHITECTURE", 5, "NETWORK", 3, "SECURITY", 3)),
            person("igor.sokolov", "Igor", "Sokolov", 40, 125, Map.of("DATA", 4, "JAVA", 3)),
            person("jasmine.wu", "Jasmine", "Wu", 40, 105, Map.of("UX", 4, "FRONTEND", 3)));

    private final ResourcePool pool;
    private final ResourceRepository resources;
    private final IdentityService identityService;
    private final Clock clock;
    private final boolean enabled;

    ResourcePoolDemoData(ResourcePool pool, ResourceRepository resources, IdentityService identityService,
                         Clock clock, DemoProperties demo) {
        this.pool = pool;
        this.resources = resources;
        this.identityService = identityService;
        this.clock = clock;
        this.enabled = demo.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int created = 0;
        for (DemoPerson person : PEOPLE) {
            if (resources.existsByUserId(person.userId())) {
                continue;
            }
            ensureUser(person);
            List<SkillLevel> skills = person.skills().entrySet().stream()
                    .map(skill -> new SkillLevel(skill.getKey(), skill.getValue())).toList();
            pool.create(new ResourceInput(person.userId(), person.firstName() + " " + person.lastName(),
                    person.weeklyHours(), BigDecimal.valueOf(person.rate()), true, skills,
                    daysAway(person.userId(), nextMonday)));
            created++;
        }
        if (created > 0) {
            LOG.info("Created {} demo resources", created);
        }
    }

    /** A few people away in the coming weeks, so the demo shows assignment working around leave. */
    private static List<Unavailability> daysAway(String userId, LocalDate nextMonday) {
        List<Unavailability> away = new ArrayList<>();
        switch (userId) {
            case "dev1" -> away.add(new Unavailability(nextMonday.plusWeeks(1), nextMonday.plusWeeks(1).plusDays(2),
                    "Training: cloud certification"));
            case "amelia.hughes" -> away.add(new Unavailability(nextMonday.plusWeeks(3),
                    nextMonday.plusWeeks(4).plusDays(4), "Annual leave"));
            case "ben.okafor" -> away.add(new Unavailability(nextMonday.plusWeeks(5),
                    nextMonday.plusWeeks(5).plusDays(4), "Conference"));
            case "paula.novak" -> away.add(new Unavailability(nextMonday.plusWeeks(8),
                    nextMonday.plusWeeks(9).plusDays(4), "Annual leave"));
            case "elena.rossi" -> away.add(new Unavailability(nextMonday.plusWeeks(2).plusDays(4),
                    nextMonday.plusWeeks(3), "Long weekend"));
            default -> {
            }
        }
        return away;
    }

    private void ensureUser(DemoPerson person) {
        if (identityService.createUserQuery().userId(person.userId()).count() > 0) {
            return;
        }
        User user = identityService.newUser(person.userId());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.userId() + "@charterline.example");
        user.setPassword(person.userId());
        identityService.saveUser(user);
        identityService.createMembership(person.userId(), CharterlineGroups.TEAM_MEMBERS);
    }

    private static DemoPerson person(String userId, String firstName, String lastName, int weeklyHours, int rate,
                                     Map<String, Integer> skills) {
        return new DemoPerson(userId, firstName, lastName, weeklyHours, rate, skills);
    }
}
