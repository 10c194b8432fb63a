package se.lagesbild.security;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * When a session has timed out (server.servlet.session.timeout), the next click shows a clear message
 * in the user's language instead of silently reloading; clicking it leads to the login.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            I18NProvider i18n = event.getSource().getInstantiator().getI18NProvider();
            Locale locale = info.getLocale() == null ? Locale.of("sv") : info.getLocale();
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(i18n.getTranslation("security.session.expired.caption", locale));
            messages.setSessionExpiredMessage(i18n.getTranslation("security.session.expired.message", locale));
            return messages;
        });
    }
}
