package se.lagesbild.base;

import java.util.List;

/**
 * A change the rules refuse, with what to tell the user: a translation key and its arguments
 * ("Verksamheten 'X' finns redan år 2022", "Kommentaren får vara högst 2000 tecken"). The view shows
 * {@code getTranslation(messageKey(), args())}; no database message reaches the user.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final List<String> args;

    public RefusedException(String messageKey, Object... args) {
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
