package io.charterline.cmdb;

/** {@code dependent} needs {@code dependsOn}: a change to {@code dependsOn} affects {@code dependent}. */
public record Dependency(String dependent, String dependsOn) {
}
