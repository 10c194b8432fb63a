package se.lagesbild.gettingstarted.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.ui.Checklist;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.gettingstarted.GettingStarted;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;

/**
 * Kom igång ({@code /kom-igang}): the steps from an empty database to a working Lägesbild —
 * organisation, kostnadsslag, budget, utfall, mål, användare — each ticked when the services hold
 * it and linking to where it is done; ticks follow changes made anywhere.
 */
@PermitAll
@Route(SetupRoutes.GETTING_STARTED)
class GettingStartedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GettingStarted gettingStarted;
    private final Paragraph summary = new Paragraph();
    private final Checklist checklist = new Checklist();

    GettingStartedView(GettingStarted gettingStarted, ChangeBroadcaster broadcaster) {
        this.gettingStarted = gettingStarted;
        addClassName("getting-started-view");
        summary.addClassName("getting-started-summary");
        add(
                new H1(getTranslation("gettingStarted.title")),
                new Paragraph(getTranslation("gettingStarted.intro")),
                summary,
                checklist,
                new Paragraph(getTranslation("gettingStarted.investigations")),
                new Paragraph(getTranslation("gettingStarted.script")));
        LiveUpdates.bind(this, broadcaster, Topic.FIGURES, change -> true, changes -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        var steps = gettingStarted.steps();
        long done = steps.stream().filter(GettingStarted.StepState::done).count();
        summary.setText(
                done == steps.size()
                        ? getTranslation("gettingStarted.complete")
                        : getTranslation("gettingStarted.progress", done, steps.size()));
        checklist.show(steps.stream()
                .map(s -> new Checklist.Item(
                        s.step().titleKey(), s.step().detailKey(), s.step().route(), s.done()))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gettingStarted.title") + " – " + getTranslation("app.name");
    }
}
