package io.charterline.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a business rule; answered with 400 and every bad field named. */
public class InvalidInputException extends RuntimeException {

    private final List<InvalidField> fields;

    public InvalidInputException(List<InvalidField> fields) {
        super(fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
