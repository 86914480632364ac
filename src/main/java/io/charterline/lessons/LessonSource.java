package io.charterline.lessons;

/** Whether a person typed the lesson on a gate form or Charterline derived it from the project's data. */
public enum LessonSource {
    PERSON, DERIVED
}
