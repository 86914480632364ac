package io.charterline.lessons;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.project.Project;
import io.charterline.project.ProjectOutline;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lessons of finished projects that a new charter should know about. A finished (CLOSED or TERMINATED)
 * project is similar when it shares IT services or words of its name and objectives with the charter; each of
 * its lessons then scores the project's similarity plus what the lesson itself shares with the charter:
 *
 * <pre>
 *   project similarity = 3 × shared services + 1 × shared words (name and objectives)
 *   lesson score       = project similarity + 2 × services among the lesson's tags
 *                        + 1 × charter words in what happened and the recommendation
 * </pre>
 *
 * Words are compared by stem, without stop words. The five best lessons are kept; ties go to the newer lesson.
 * Each says what its project shares with the charter; when none is kept, the text says why.
 * The candidates are the 200 most recently finished projects, and only the lessons of the
 * {@value #MOST_SIMILAR_PROJECTS} most similar of them (ties: the newer project) are scored, so that a charter's
 * review does not read every project and lesson ever recorded as the organisation's history grows; a lesson of a
 * less similar project could only win on what it shares with the charter itself.
 */
@Service
public class RelatedLessons {

    static final int TOP = 5;
    /** How many finished projects are compared at most: {@code ProjectRepository#findLast200OutlinesByStatusIn}. */
    static final int BOUND = 200;
    static final int MOST_SIMILAR_PROJECTS = 25;
    static final int MAX_TEXT = 3900;
    private static final int MAX_EXCERPT = 300;
    private static final List<ProjectStatus> FINISHED = List.of(ProjectStatus.CLOSED, ProjectStatus.TERMINATED);

    /**
     * A lesson worth reading before a new project starts, and why it was chosen.
     *
     * @param why what its project shares with the charter, e.g. "shares the service CRM and the words billing,
     *            orders"
     */
    public record RelatedLesson(Lesson lesson, ProjectOutline project, int score, String why) {
    }

    /**
     * The lessons chosen, and what they were chosen from, so that an empty choice can say why.
     *
     * @param finishedProjects the finished projects compared with the charter (at most the 200 latest)
     * @param similarProjects  those of them that share a service or words with it
     */
    record Choice(List<RelatedLesson> lessons, int finishedProjects, int similarProjects) {
    }

    private final ProjectRegistry registry;
    private final ProjectRepository projects;
    private final LessonRepository lessons;

    public RelatedLessons(ProjectRegistry registry, ProjectRepository projects, LessonRepository lessons) {
        this.registry = registry;
        this.projects = projects;
        this.lessons = lessons;
    }

    @Transactional(readOnly = true)
    public List<RelatedLesson> relevantLessonsFor(String projectKey) {
        return choose(projectKey).lessons();
    }

    private Choice choose(String projectKey) {
        Project charter = registry.require(projectKey);
        Map<String, String> services = charter.getRelatedServices().stream().collect(Collectors.toMap(
                LessonTags::normalise, service -> service, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> words = SearchTerms.wordsByStem(charter.getName() + " " + charter.getObjectives());
        Map<Long, ProjectOutline> finished = projects.findLast200OutlinesByStatusIn(FINISHED).stream()
                .filter(project -> !project.id().equals(charter.getId()))
                .collect(Collectors.toMap(ProjectOutline::id, Function.identity()));
        Map<Long, Set<String>> servicesOf = new HashMap<>();
        if (!finished.isEmpty()) {
            for (Object[] row : projects.findRelatedServicesOf(finished.keySet())) {
                servicesOf.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                        .add(LessonTags.normalise((String) row[1]));
            }
        }
        Map<Long, Shared> shared = finished.values().stream().collect(Collectors.toMap(ProjectOutline::id,
                project -> new Shared(
                        common(services, servicesOf.getOrDefault(project.id(), Set.of())),
                        common(words, SearchTerms.stemsOf(project.name() + " " + project.objectives())))));
        List<Long> mostSimilar = shared.entrySet().stream()
                .filter(entry -> entry.getValue().similarity() > 0)
                .sorted(Comparator.comparingInt((Map.Entry<Long, Shared> entry) -> entry.getValue().similarity())
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(MOST_SIMILAR_PROJECTS)
                .map(Map.Entry::getKey)
                .toList();
        int similarProjects = (int) shared.values().stream().filter(s -> s.similarity() > 0).count();
        if (mostSimilar.isEmpty()) {
            return new Choice(List.of(), finished.size(), similarProjects);
        }
        List<RelatedLesson> chosen = lessons.findReadOnlyByProjectIdIn(mostSimilar).stream()
                .map(lesson -> new RelatedLesson(lesson, finished.get(lesson.getProjectId()),
                        shared.get(lesson.getProjectId()).similarity()
                                + 2 * shared(services.keySet(), new HashSet<>(LessonTags.split(lesson.getTags())))
                                + shared(words.keySet(), SearchTerms.stemsOf(lesson.getWhatHappened() + " "
                                        + (lesson.getRecommendation() == null ? "" : lesson.getRecommendation()))),
                        shared.get(lesson.getProjectId()).why()))
                .sorted(Comparator.comparingInt(RelatedLesson::score).reversed()
                        .thenComparing(related -> related.lesson().getCreatedAt(), Comparator.reverseOrder())
                        .thenComparing(related -> related.lesson().getId(), Comparator.reverseOrder()))
                .limit(TOP)
                .toList();
        return new Choice(chosen, finished.size(), similarProjects);
    }

    /** The charter's services and words (as the charter writes them) that a finished project shares. */
    private record Shared(List<String> services, List<String> words) {

        int similarity() {
            return 3 * services.size() + words.size();
        }

        String why() {
            String serviceText = services.isEmpty() ? ""
                    : "the service" + (services.size() == 1 ? " " : "s ") + String.join(", ", services);
            String wordText = words.isEmpty() ? ""
                    : "the word" + (words.size() == 1 ? " " : "s ") + String.join(", ", words);
            return "shares " + (serviceText.isEmpty() ? wordText
                    : wordText.isEmpty() ? serviceText : serviceText + " and " + wordText);
        }
    }

    /**
     * The lessons as a Markdown list for the sponsor's charter review form, each with why it was chosen, short
     * enough for a process variable (Camunda keeps string variables up to 4000 characters). Text from users is
     * escaped, so a lesson cannot bring markup into the form. Without lessons, the text says why.
     */
    @Transactional(readOnly = true)
    public String markdownFor(String projectKey) {
        Choice choice = choose(projectKey);
        if (choice.lessons().isEmpty()) {
            return noLessons(choice);
        }
        StringBuilder text = new StringBuilder();
        for (RelatedLesson item : choice.lessons()) {
            Lesson lesson = item.lesson();
            String line = "- **" + label(lesson.getCategory()) + "** from *" + escape(item.project().name())
                    + "* (" + item.project().key() + ", " + item.project().status().name()
                    .toLowerCase(Locale.ROOT) + "; " + escape(item.why()) + "): "
                    + escape(excerpt(lesson.getWhatHappened()))
                    + (lesson.getRecommendation() == null ? ""
                    : " Recommendation: " + escape(excerpt(lesson.getRecommendation()))) + "\n";
            if (text.length() + line.length() > MAX_TEXT) {
                break;
            }
            text.append(line);
        }
        return text.toString().stripTrailing();
    }

    private static String noLessons(Choice choice) {
        int finished = choice.finishedProjects();
        if (finished == 0) {
            return "No project has finished yet, so there are no lessons to learn from.";
        }
        if (choice.similarProjects() > 0) {
            return choice.similarProjects() == 1
                    ? "The one finished project that shares a service or words with this charter recorded no lessons."
                    : "The " + choice.similarProjects() + " finished projects that share a service or words with "
                            + "this charter recorded no lessons.";
        }
        if (finished == 1) {
            return "The one finished project shares no service or words with this charter.";
        }
        return "None of the " + finished + (finished >= BOUND ? " most recently" : "")
                + " finished projects shares a service or words with this charter.";
    }

    private static String label(LessonCategory category) {
        String name = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT - 3) + "...";
    }

    /** The values of {@code named} whose keys are in {@code keys}, in the order of {@code named}. */
    private static List<String> common(Map<String, String> named, Set<String> keys) {
        return named.entrySet().stream().filter(entry -> keys.contains(entry.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
