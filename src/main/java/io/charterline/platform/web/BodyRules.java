package io.charterline.platform.web;

import java.util.List;

/**
 * The rules of a request body that a service checks, offered so that a body with values of the wrong type is
 * answered with those and the broken rules together, rather than in two rounds. The fields of the values that
 * could not be read arrive as null; their errors are dropped, the type error names them already.
 */
public interface BodyRules<T> {

    Class<T> bodyType();

    /** Every broken rule of the body, as the service would refuse it; may refuse the caller (403) first. */
    List<InvalidField> errorsOf(T body);
}
