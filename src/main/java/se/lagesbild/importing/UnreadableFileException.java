package se.lagesbild.importing;

import java.util.List;

/** A file that cannot be read as a table at all; carries the message key of the reason. */
public class UnreadableFileException extends Exception {

    private final String messageKey;
    private final List<String> args;

    public UnreadableFileException(String messageKey, String... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
