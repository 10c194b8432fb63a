package se.lagesbild.importing;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Swedish texts of import messages outside a UI (the endpoint's answer, the import log), from
 * the same translation files as the UI and formatted the same way (MessageFormat when there are
 * arguments).
 */
final class ImportTexts {

    private static final Locale SWEDISH = Locale.of("sv");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vaadin-i18n.translations", SWEDISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ImportTexts() {
    }

    static String swedish(String key, List<String> args) {
        String text = TEXTS.getString(key);
        return args.isEmpty() ? text : new MessageFormat(text, SWEDISH).format(args.toArray());
    }
}
