package io.charterline.lessons;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.project.Project;
import io.charterline.project.ProjectOutline;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * The candidates are the 200 most recently finished projects, and only the lessons of the
 * {@value #MOST_SIMILAR_PROJECTS} most similar of them (ties: the newer project) are scored, so that a charter's
 * review does not read every project and lesson ever recorded as the organisation's history grows; a lesson of a
 * less similar project could only win on what it shares with the charter itself.
 */
@Service
public class RelatedLessons {

    static final int TOP = 5;
    static final int MOST_SIMILAR_PROJECTS = 25;
    static final int MAX_TEXT = 3900;
    private static final int MAX_EXCERPT = 300;
    private static final List<ProjectStatus> FINISHED = List.of(ProjectStatus.CLOSED, ProjectStatus.TERMINATED);

    /** A lesson worth reading before a new project starts, and why it was chosen. */
    public record RelatedLesson(Lesson lesson, ProjectOutline project, int score) {
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
        Project charter = registry.require(projectKey);
        Set<String> services = normalised(charter.getRelatedServices());
        Set<String> words = SearchTerms.stemsOf(charter.getName() + " " + charter.getObjectives());
        Map<Long, ProjectOutline> similar = projects.findLast200OutlinesByStatusIn(FINISHED).stream()
                .filter(project -> !project.id().equals(charter.getId()))
                .collect(Collectors.toMap(ProjectOutline::id, Function.identity()));
        Map<Long, Set<String>> servicesOf = new HashMap<>();
        if (!similar.isEmpty()) {
            for (Object[] row : projects.findRelatedServicesOf(similar.keySet())) {
                servicesOf.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                        .add(LessonTags.normalise((String) row[1]));
            }
        }
        Map<Long, Integer> similarity = similar.values().stream().collect(Collectors.toMap(ProjectOutline::id,
                project -> 3 * shared(services, servicesOf.getOrDefault(project.id(), Set.of()))
                        + shared(words, SearchTerms.stemsOf(project.name() + " " + project.objectives()))));
        List<Long> mostSimilar = similarity.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(MOST_SIMILAR_PROJECTS)
                .map(Map.Entry::getKey)
                .toList();
        if (mostSimilar.isEmpty()) {
            return List.of();
        }
        return lessons.findReadOnlyByProjectIdIn(mostSimilar).stream()
                .map(lesson -> new RelatedLesson(lesson, similar.get(lesson.getProjectId()),
                        similarity.get(lesson.getProjectId())
                                + 2 * shared(services, new HashSet<>(LessonTags.split(lesson.getTags())))
                                + shared(words, SearchTerms.stemsOf(lesson.getWhatHappened() + " "
                                        + (lesson.getRecommendation() == null ? "" : lesson.getRecommendation())))))
                .sorted(Comparator.comparingInt(RelatedLesson::score).reversed()
                        .thenComparing(related -> related.lesson().getCreatedAt(), Comparator.reverseOrder())
                        .thenComparing(related -> related.lesson().getId(), Comparator.reverseOrder()))
                .limit(TOP)
                .toList();
    }

    /**
     * The lessons as a Markdown list for the sponsor's charter review form, short enough for a process variable
     * (Camunda keeps string variables up to 4000 characters). Text from users is escaped, so a lesson cannot
     * bring markup into the form.
     */
    @Transactional(readOnly = true)
    public String markdownFor(String projectKey) {
        List<RelatedLesson> related = relevantLessonsFor(projectKey);
        if (related.isEmpty()) {
            return "No lessons of similar finished projects yet.";
        }
        StringBuilder text = new StringBuilder();
        for (RelatedLesson item : related) {
            Lesson lesson = item.lesson();
            String line = "- **" + label(lesson.getCategory()) + "** from *" + escape(item.project().name())
                    + "* (" + item.project().key() + ", " + item.project().status().name()
                    .toLowerCase(Locale.ROOT) + "): " + escape(excerpt(lesson.getWhatHappened()))
                    + (lesson.getRecommendation() == null ? ""
                    : " Recommendation: " + escape(excerpt(lesson.getRecommendation()))) + "\n";
            if (text.length() + line.length() > MAX_TEXT) {
                break;
            }
            text.append(line);
        }
        return text.toString().stripTrailing();
    }

    private static String label(LessonCategory category) {
        String name = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT - 3) + "...";
    }

    private static Set<String> normalised(Collection<String> services) {
        return services.stream().map(LessonTags::normalise).collect(Collectors.toSet());
    }

    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
