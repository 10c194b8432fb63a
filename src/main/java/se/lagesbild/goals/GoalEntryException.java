package se.lagesbild.goals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * An enhet's month was refused as a whole: every problem found, each as a translation key with its
 * arguments (a view shows them in the user's language); the message is the Swedish text.
 */
public class GoalEntryException extends IllegalArgumentException {

    /** One problem of one indicator's entry. */
    public record Problem(long indicatorId, String key, String... arguments) {}

    private final transient List<Problem> problems;

    public GoalEntryException(List<Problem> problems) {
        super(swedish(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String swedish(List<Problem> problems) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.forLanguageTag("sv"));
        return problems.stream()
                .map(p ->
                        new MessageFormat(bundle.getString(p.key()), Locale.forLanguageTag("sv")).format(p.arguments()))
                .collect(Collectors.joining(" "));
    }
}
