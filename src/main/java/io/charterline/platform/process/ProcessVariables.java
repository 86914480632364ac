package io.charterline.platform.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables. Forms deliver numbers as Integer, Long or Double, so numbers are read as
 * {@link Number}; a missing variable is a modelling error and fails loudly with its name.
 */
public final class ProcessVariables {

    private final VariableScope scope;

    public ProcessVariables(VariableScope scope) {
        this.scope = scope;
    }

    public String string(String name) {
        return require(name).toString();
    }

    public String stringOrNull(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public int integer(String name) {
        return number(name).intValue();
    }

    public boolean bool(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(value));
    }

    private Number number(String name) {
        Object value = require(name);
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException("Process variable '" + name + "' must be a number, but is '" + value + "'");
    }

    private Object require(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is missing");
        }
        return value;
    }
}
