package io.charterline.resource;

import java.math.BigDecimal;

/**
 * A work package staffed by one person.
 *
 * @param userId the person's identity user: the Tasklist assignee of the package's work
 */
public record PackageAssignment(String packageCode, String userId, BigDecimal hours) {
}
