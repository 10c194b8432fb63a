package se.lagesbild.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A session ends after {@code server.servlet.session.timeout} without use, to the second, also with
 * the page open:
 * <ul>
 * <li>Tomcat takes the setting in whole minutes (20 s would become a minute), so every new session is
 * given it here. A screen showing the nämnd's presentation lengthens its own session afterwards
 * ({@code presentation.ui.MeetingSessions}).</li>
 * <li>An open page keeps its HTTP session alive with Vaadin's heartbeats; {@code vaadin.closeIdleSessions}
 * closes its UI and Vaadin session once nobody has used it for that long, and the page says
 * "Sessionen har gått ut" at its next heartbeat. Vaadin leaves the HTTP session, and so the sign-in,
 * in place: it is ended here, so that the click on the notice leads to the login.</li>
 * </ul>
 */
@Component
class SessionTimeout implements HttpSessionListener, VaadinServiceInitListener {

    private final int seconds;

    SessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.seconds = Math.toIntExact(timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http != null) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // the HTTP session ended first (sign-out, expiry, shutdown) and took the Vaadin session with it
                }
            }
        });
    }
}
