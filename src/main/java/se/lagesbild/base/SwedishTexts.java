package se.lagesbild.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Swedish texts outside a UI (the import endpoint's answer, the import log, the frozen report), from
 * the same translation files as the UI and formatted the same way (MessageFormat when there are
 * arguments).
 */
public final class SwedishTexts {

    private static final Locale SWEDISH = Locale.of("sv");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(
            "vaadin-i18n.translations",
            SWEDISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private SwedishTexts() {}

    public static String swedish(String key, Object... args) {
        return swedish(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public static String swedish(String key, List<String> args) {
        String text = TEXTS.getString(key);
        return args.isEmpty() ? text : new MessageFormat(text, SWEDISH).format(args.toArray());
    }
}
