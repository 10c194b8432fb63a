package se.lagesbild.organisation;

import java.util.List;

/**
 * A change of the organisation, the goals or a year that the rules refuse, with what to tell the user:
 * a translation key and its arguments ("Verksamheten 'X' finns redan år 2022").
 */
public class StructureException extends RuntimeException {

    private final String messageKey;
    private final List<String> args;

    public StructureException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
