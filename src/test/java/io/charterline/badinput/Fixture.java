package io.charterline.badinput;

import java.util.Map;

/** The suite's projects and tasks, made once, that requests name by placeholder such as {@code {executing}}. */
record Fixture(Map<String, String> placeholders) {

    String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }
}
