package io.charterline.platform.web;

/** The request is well-formed but the resource's current state does not allow it; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
