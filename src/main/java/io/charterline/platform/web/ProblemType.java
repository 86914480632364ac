package io.charterline.platform.web;

import java.net.URI;

/**
 * One kind of problem (RFC 9457): its {@code type}, the status it is answered with and its {@code title}, kept
 * together so that a type always comes with the same title, whichever part of Charterline answers it.
 */
public record ProblemType(String type, int status, String title) {

    public URI uri() {
        return URI.create(type);
    }
}
