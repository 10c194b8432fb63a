package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.lagesbild.base.PeriodSource;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;

/**
 * A view of one period: its heading names the period, the period picker sits beside it, the
 * period comes from the URL ({@code ?period=2021-08}, else the latest month with data), and the
 * view re-renders itself when a change of its topics is committed anywhere.
 */
public abstract class PeriodView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private final PeriodSource periods;
    private final H1 heading = new H1();
    private final PeriodSelect periodSelect;
    private YearMonth period;
    private boolean live;
    /** The parts of the content that redraw themselves in place, and what the content was built for. */
    private final List<Runnable> updaters = new ArrayList<>();

    private String builtFor;

    /** The drill the view showed last (null: none), once it has shown anything. */
    private String drillShown;

    private boolean drillKnown;

    protected PeriodView(
            String titleKey, String className, PeriodSource periods, ChangeBroadcaster broadcaster, Set<Topic> topics) {
        this.titleKey = titleKey;
        this.periods = periods;
        addClassName(className);
        periodSelect = new PeriodSelect(getClass());
        Div header = new Div(heading, periodSelect);
        header.addClassName("view-header");
        add(header);
        LiveUpdates.bind(this, broadcaster, topics, this::concerns, changes -> {
            live = true;
            try {
                refresh();
            } finally {
                live = false;
            }
        });
    }

    /**
     * Whether a change may alter what the view shows: a change of the period's year, of the year
     * before (the comparisons) or of a later year (new periods to choose), or of several years.
     */
    protected boolean concerns(Change change) {
        return period != null && (change.year() == null || change.year() >= period.getYear() - 1);
    }

    /**
     * Whether the content built for {@code state} (what the URL and the view's choices select) is
     * still on screen; if so, its parts are redrawn in place (keeping grids' sorting, expanded rows
     * and scroll) and the caller builds nothing. If not, the caller builds the content anew, adding
     * its parts with {@link #live}.
     */
    protected boolean redrawnInPlace(String state) {
        if (state.equals(builtFor)) {
            updaters.forEach(Runnable::run);
            return true;
        }
        builtFor = state;
        updaters.clear();
        return false;
    }

    /** Adds a part that is drawn now and again, in place, on every live change. */
    protected void live(Runnable update) {
        update.run();
        updaters.add(update);
    }

    /**
     * Adds a part drawn from {@code inputs} (the figures it shows): drawn now, and on a live change
     * again only when its inputs differ from those it was drawn from, so a change that leaves them
     * alone sends nothing.
     */
    protected <T> void live(Supplier<T> inputs, Consumer<T> draw) {
        List<T> drawnFrom = new ArrayList<>(1);
        live(() -> {
            T now = inputs.get();
            if (drawnFrom.isEmpty() || !Objects.equals(drawnFrom.getFirst(), now)) {
                drawnFrom.clear();
                drawnFrom.add(now);
                draw.accept(now);
            }
        });
    }

    /**
     * Moves keyboard focus when the user opened, changed or closed a drill (WCAG 2.4.3): to the opened
     * drill's heading, or on closing to {@code back} (what opened it), else to the view's heading. The
     * view's first showing and live changes move nothing.
     *
     * @param drill what the drill shows (null: no drill), compared with what it showed before
     */
    protected void focusDrill(String drill, Component opened, Component back) {
        boolean first = !drillKnown;
        String before = drillShown;
        drillKnown = true;
        drillShown = drill;
        if (first || live || Objects.equals(before, drill)) {
            return;
        }
        if (drill != null) {
            Focus.moveTo(Focus.heading(opened));
        } else {
            Focus.moveTo(back == null ? heading : back);
        }
    }

    /** True while the view renders because of a live change (not a navigation): mark what changed. */
    protected boolean isLiveRefresh() {
        return live;
    }

    /** Renders the view's content for {@link #period()}. */
    protected abstract void render();

    protected YearMonth period() {
        return period;
    }

    protected String periodLabel() {
        return Periods.label(period, getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        period = Periods.from(event.getLocation()).or(periods::latestPeriod).orElse(YearMonth.now());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey, periodLabel()) + " – " + getTranslation("app.name");
    }

    private void refresh() {
        heading.setText(getTranslation(titleKey, periodLabel()));
        periodSelect.show(period, periods.periods());
        render();
    }
}
