package io.charterline.lessons;

/**
 * Where {@link LessonCaptureService} gets a project's facts at a phase gate. Only what is known at that gate
 * need be filled in; {@link LessonDeriver} draws no lesson from unknown figures or empty lists.
 */
public interface ProjectFactsSource {

    ProjectFacts factsOf(String projectKey, Phase phase);
}
