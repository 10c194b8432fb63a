package se.lagesbild.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the browser says when the connection to the server is in trouble, in the user's language.
 * A session that timed out is announced with a clear message; a click reloads the page, which
 * leads to the login and, after it, back to the same URL: the period and drill-down, on fresh
 * figures. While the push connection is down the reconnect indicator says so.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        // in the session's language, not the browser's (info.getLocale() is the Accept-Language when the
        // session is gone): Swedish unless the user chose English in a session that still lives
        service.setSystemMessagesProvider(info -> messages(
                service.getInstantiator().getI18NProvider(), LanguageSettings.current(VaadinSession.getCurrent())));
        service.addUIInitListener(init -> {
            I18NProvider i18n = service.getInstantiator().getI18NProvider();
            Locale locale = LanguageSettings.current(init.getUI().getSession());
            var reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(i18n.getTranslation("connection.reconnecting", locale));
            reconnect.setDialogTextGaveUp(i18n.getTranslation("connection.gaveUp", locale));
        });
    }

    private static CustomizedSystemMessages messages(I18NProvider i18n, Locale language) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(i18n.getTranslation("security.session.expired.caption", language));
        messages.setSessionExpiredMessage(i18n.getTranslation("security.session.expired.message", language));
        messages.setInternalErrorCaption(i18n.getTranslation("connection.error.caption", language));
        messages.setInternalErrorMessage(i18n.getTranslation("connection.error.message", language));
        messages.setSyncErrorCaption(i18n.getTranslation("connection.error.caption", language));
        messages.setSyncErrorMessage(i18n.getTranslation("connection.error.message", language));
        messages.setCookiesDisabledCaption(i18n.getTranslation("connection.cookies.caption", language));
        messages.setCookiesDisabledMessage(i18n.getTranslation("connection.cookies.message", language));
        return messages;
    }
}
