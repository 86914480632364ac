package io.charterline.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that answers 400 to a query parameter it does not know, naming it and the known ones, rather than
 * ignoring it: a misspelt or imagined filter ({@code phase=CLOSING}) would otherwise return unfiltered results
 * that look filtered. Only for operations whose description promises 400 for invalid parameters; the known ones
 * are those of the method's {@code @RequestParam}s.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownParametersOnly {
}
