package io.bastion.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value {@link StrictJson} refuses, with the rule it breaks; the problem mapper names the field. */
public class UnreadableValue extends InvalidFormatException {

    private final String rule;
    private final Object[] arguments;

    UnreadableValue(JsonParser parser, String rule, Object value, Class<?> target, Object... arguments) {
        super(parser, rule, value, target);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public String rule() {
        return rule;
    }

    /** What the rule's message needs besides the value, e.g. the largest length. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
