package se.lagesbild.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Swedish by default, whatever the browser says; English on request, kept for the session. The page's
 * {@code <html lang>} says the same (WCAG 3.1.1): set in the page's first response from the session's
 * language, and again by every UI (a switch reloads the page).
 */
@Component
public class LanguageSettings implements VaadinServiceInitListener {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(SWEDISH, ENGLISH);

    private static final String SESSION_KEY = LanguageSettings.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(current(ui.getSession()));
            ui.getPage().executeJs("document.documentElement.lang = $0", htmlLang(ui.getLocale()));
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", htmlLang(current(VaadinSession.getCurrent()))));
    }

    /** The value of {@code <html lang>} for a UI language: "sv", "en". */
    public static String htmlLang(Locale locale) {
        return locale.getLanguage();
    }

    public static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : SWEDISH;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, locale);
    }
}
