package io.charterline.platform.process;

import io.charterline.platform.web.InvalidField;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The engine keeps a text variable in a column of 4000 characters; a longer one fails only when the transaction
 * is flushed, as a persistence error (500) that names no field. Task listeners check the text first, so the
 * person completing the task learns which field is too long and the task stays open.
 */
public final class TextVariables {

    public static final int MAX_LENGTH = 4000;

    private TextVariables() {
    }

    /**
     * Adds an error for every text variable visible at the scope that is longer than the engine can store. Stored
     * variables are never that long, so each one found was given with the request at hand.
     */
    public static void checkLengths(VariableScope scope, List<InvalidField> errors) {
        for (Map.Entry<String, Object> variable : scope.getVariables().entrySet()) {
            if (variable.getValue() instanceof String text && text.length() > MAX_LENGTH) {
                errors.add(tooLong(variable.getKey(), text));
            }
        }
    }

    static InvalidField tooLong(String name, String text) {
        return new InvalidField(name, "must have at most " + MAX_LENGTH + " characters, got " + text.length());
    }
}
