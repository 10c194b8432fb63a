package se.lagesbild.presentation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Optional;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Presence;
import se.lagesbild.live.Topic;
import se.lagesbild.presentation.PresentationService;
import se.lagesbild.presentation.Session;
import se.lagesbild.report.ReportService;

/**
 * A member's tablet ({@code /folj/ABCD}): the presenter's slide, moved by server push whenever the
 * presenter moves (on any app node). The member may look around on their own (keys, swipe buttons)
 * and press "Följ igen" to return to the presenter's slide.
 */
@PermitAll
@Route(value = "folj", autoLayout = false)
class FollowView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PresentationService presentations;
    private final ReportService reports;
    private final SlideDeck slides = new SlideDeck(null);
    private final Button followAgain = new Button();
    private final Presence presence;
    private final MeetingSessions meetingSessions;
    /** Counts this member among the followers or those looking around, whichever they are now. */
    private com.vaadin.flow.shared.Registration counted;

    private Session session;
    private int presenterSlide;
    private boolean following = true;

    FollowView(
            PresentationService presentations,
            ReportService reports,
            ChangeBroadcaster broadcaster,
            Presence presence,
            MeetingSessions meetingSessions) {
        this.presentations = presentations;
        this.meetingSessions = meetingSessions;
        this.presence = presence;
        addDetachListener(e -> uncount());
        this.reports = reports;
        addClassName("presentation-view");
        addClassName("follow-view");
        followAgain.setText(getTranslation("presentation.followAgain"));
        followAgain.addClassName("follow-again");
        followAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        followAgain.addClickListener(e -> followAgain());
        LiveUpdates.bindQuietly(this, broadcaster, topics(), changes -> {
            if (session == null) {
                return;
            }
            Optional<Session> now = presentations.session(session.code());
            if (now.isEmpty() || now.get().ended()) {
                showCodeForm(session.code(), "presentation.ended");
                return;
            }
            if (changes.stream().anyMatch(c -> c.topic() != Topic.PRESENTATION)
                    && slides.deck().live()) {
                slides.show(presentations.deck(session), slides.index());
            }
            presenterMoved(now.get().slide());
        });
    }

    /** The presenter's moves, and for a live presentation every change of figures. */
    private static EnumSet<Topic> topics() {
        EnumSet<Topic> topics = EnumSet.copyOf(Topic.FIGURES);
        topics.add(Topic.PRESENTATION);
        return topics;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        reports.checkMayView(CurrentUser.name());
        meetingSessions.keepForMeeting();
        Optional<Session> found = presentations.session(code);
        if (found.isEmpty() || found.get().ended()) {
            showCodeForm(
                    found.map(Session::code).orElse(code),
                    found.isEmpty() ? "presentation.noSession" : "presentation.ended");
            return;
        }
        removeAll();
        session = found.get();
        presenterSlide = session.slide();
        following = true;
        add(slides, SlideControls.attach(this, this::step), followAgain);
        slides.show(presentations.deck(session), presenterSlide);
        updateStatus();
    }

    /**
     * Asks for a code instead of showing slides. When a code was {@code tried} (a code no session
     * has, or one whose session has ended), the message {@code messageKey} says so.
     */
    private void showCodeForm(String tried, String messageKey) {
        uncount();
        session = null;
        removeAll();
        add(codeForm(tried, messageKey));
    }

    private Div codeForm(String tried, String messageKey) {
        TextField field = new TextField(getTranslation("presentation.codeField"));
        field.addClassName("code-field");
        field.setMaxLength(4);
        Button go = new Button(
                getTranslation("presentation.join"),
                e -> UI.getCurrent()
                        .navigate(FollowView.class, field.getValue().strip().toUpperCase(java.util.Locale.ROOT)));
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div form = new Div(new H1(getTranslation("presentation.joinTitle")), field, go);
        if (tried != null) {
            Paragraph error = new Paragraph(getTranslation(messageKey, tried));
            error.addClassName("error");
            form.add(error);
        }
        form.addClassName("code-form");
        return form;
    }

    private void presenterMoved(int slide) {
        presenterSlide = slide;
        if (following && slide != slides.index()) {
            slides.show(slides.deck(), slide);
        }
        updateStatus();
    }

    /** The member looks around on their own: the screen no longer follows until "Följ igen". */
    private void step(int step) {
        following = false;
        slides.show(slides.deck(), slides.index() + step);
        updateStatus();
    }

    private void followAgain() {
        following = true;
        slides.show(slides.deck(), presenterSlide);
        updateStatus();
    }

    private void updateStatus() {
        uncount();
        counted = presence.join(following ? session.followingKey() : session.lookingAroundKey(), UI.getCurrent());
        followAgain.setVisible(!following);
        slides.setStatus(
                following
                        ? getTranslation("presentation.following")
                        : getTranslation("presentation.lookingAround", presenterSlide + 1));
    }

    private void uncount() {
        if (counted != null) {
            counted.remove();
            counted = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.followTitle") + " – " + getTranslation("app.name");
    }
}
