package se.lagesbild.presentation.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.springframework.stereotype.Component;
import se.lagesbild.presentation.PresentationSettings;

/**
 * A screen that shows the presentation (the presenter's, or a member's tablet that follows it) is
 * watched, not touched, for long stretches of a meeting: its session lasts a meeting's length
 * ({@code lagesbild.presentation.session-timeout}, 8 hours) instead of the usual idle timeout, so
 * nobody is signed out in the middle of the nämnd's meeting.
 */
@Component
class MeetingSessions {

    private final Duration timeout;

    MeetingSessions(PresentationSettings settings) {
        this.timeout = settings.sessionTimeout();
    }

    /** Lets the current session last the meeting, if it would end sooner. */
    void keepForMeeting() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession().getMaxInactiveInterval() < timeout.toSeconds()) {
            session.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
        }
    }
}
