package io.charterline.project;

/** The sponsor's reason for ending a project early. */
public record TerminationRequest(String reason) {
}
