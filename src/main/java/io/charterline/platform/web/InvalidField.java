package io.charterline.platform.web;

/** One bad field of a request: the field's name (a JSON path for nested ones) and what is allowed. */
public record InvalidField(String field, String message) {
}
