package io.charterline.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A skill a person offers (a code of the skill catalog, such as {@code JAVA}) and how well: 1 (novice) to 5
 * (expert).
 */
@Embeddable
public record SkillLevel(
        @Column(name = "skill_code") String skill,
        @Column(name = "skill_level") int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
}
