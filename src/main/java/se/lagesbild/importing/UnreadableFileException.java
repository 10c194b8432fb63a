package se.lagesbild.importing;

import java.util.List;

/** A file that cannot be read as a table at all; carries the message key of the reason. */
class UnreadableFileException extends Exception {

    private final String messageKey;
    private final List<String> args;

    UnreadableFileException(String messageKey, String... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    String messageKey() {
        return messageKey;
    }

    List<String> args() {
        return args;
    }
}
