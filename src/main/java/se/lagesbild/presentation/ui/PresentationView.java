package se.lagesbild.presentation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Presence;
import se.lagesbild.live.Topic;
import se.lagesbild.presentation.PresentationService;
import se.lagesbild.presentation.Session;
import se.lagesbild.report.ReportService;

/**
 * The presenter's big screen ({@code /presentation?version=3}, or {@code ?period=2021-08} for the live
 * figures): a session starts, its short code on the title slide, and every move is published so that
 * the members' tablets follow. No navigation chrome: the route is outside the main layout.
 */
@PermitAll
@Route(value = "presentation", autoLayout = false)
class PresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION = "version";
    private static final Logger log = LoggerFactory.getLogger(PresentationView.class);

    private final PresentationService presentations;
    private final EconomyService economy;
    private final ReportService reports;
    private final MeetingSessions meetingSessions;
    private final Presence presence;
    private int following;
    private int lookingAround;
    private SlideDeck slides;
    private Session session;
    /** Who started {@link #session}: the one who ends it, also when the view is detached outside a request. */
    private String presenter;

    PresentationView(
            PresentationService presentations,
            EconomyService economy,
            ChangeBroadcaster broadcaster,
            Presence presence,
            ReportService reports,
            MeetingSessions meetingSessions) {
        this.reports = reports;
        this.meetingSessions = meetingSessions;
        this.presentations = presentations;
        this.presence = presence;
        this.economy = economy;
        addClassName("presentation-view");
        // live figures follow corrections; a frozen version never changes
        LiveUpdates.bindQuietly(this, broadcaster, Topic.FIGURES, changes -> {
            if (session != null && slides.deck().live()) {
                slides.show(presentations.deck(session), slides.index());
            }
        });
        // leaving or closing the presentation (or the sign-in ending) ends its session for the followers
        addDetachListener(detach -> endSession());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingSessions.keepForMeeting();
        var query = event.getLocation().getQueryParameters();
        Long version = query.getSingleParameter(VERSION)
                .filter(t -> t.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        YearMonth period =
                Periods.from(event.getLocation()).or(economy::latestPeriod).orElse(YearMonth.now());
        endSession();
        if (query.getSingleParameter(VERSION).isPresent()
                && (version == null || reports.version(version).isEmpty())) {
            showMessage("presentation.noVersion");
            return;
        }
        if (version == null && !reports.hasFigures(period)) {
            removeAll();
            add(new SetupNotice(
                    getTranslation("presentation.nothing", Periods.label(period, getLocale())),
                    getTranslation("presentation.exit"),
                    "rapporter",
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
            return;
        }
        removeAll();
        presenter = CurrentUser.name();
        session = presentations.start(version, period, presenter);
        slides = new SlideDeck(getTranslation("presentation.followHint", session.code()));
        Anchor exit = new Anchor("rapporter", getTranslation("presentation.exit"));
        exit.addClassName("slide-exit");
        add(slides, SlideControls.attach(this, this::step), exit);
        slides.show(presentations.deck(session), 0);
        following = 0;
        lookingAround = 0;
        com.vaadin.flow.component.UI ui = event.getUI();
        var followers = presence.onCountChange(session.followingKey(), ui, n -> {
            following = n;
            showAudience();
        });
        var others = presence.onCountChange(session.lookingAroundKey(), ui, n -> {
            lookingAround = n;
            showAudience();
        });
        addDetachListener(detach -> {
            followers.remove();
            others.remove();
            detach.unregisterListener();
        });
    }

    /** The code, and how many members follow (and look around on their own) over every node. */
    private void showAudience() {
        String text = getTranslation("presentation.audience", session.code(), following);
        slides.setStatus(
                lookingAround == 0
                        ? text
                        : text + " · " + getTranslation("presentation.audience.lookingAround", lookingAround));
    }

    /** The session's code, as on the title slide. */
    String code() {
        return session.code();
    }

    private void step(int step) {
        if (session == null) {
            return;
        }
        int target = slides.deck().clamp(slides.index() + step);
        if (target == slides.index()) {
            return;
        }
        if (presentations.moveTo(session.code(), target, presenter)) {
            slides.show(slides.deck(), target);
        } else {
            session = null;
            showMessage("presentation.endedHere");
        }
    }

    /** Instead of slides: a message and the way back to Nämndmöte. */
    private void showMessage(String key) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("error");
        add(message, new Anchor("rapporter", getTranslation("presentation.exit")));
    }

    private void endSession() {
        if (session != null) {
            try {
                presentations.end(session.code(), presenter);
            } catch (DataAccessException e) {
                log.warn(
                        "Could not end presentation {}, it ends after its timeout: {}", session.code(), e.getMessage());
            }
            session = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.pageTitle") + " – " + getTranslation("app.name");
    }
}
