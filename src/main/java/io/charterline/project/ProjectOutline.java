package io.charterline.project;

/** What a project is about, without its entity: enough to compare it with a new charter and name it. */
public record ProjectOutline(Long id, String key, String name, String objectives, ProjectStatus status) {
}
