package se.lagesbild.kolada.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Tooltip;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.AppIcon;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.LiveUpdates;
import se.lagesbild.kolada.Comparison;
import se.lagesbild.kolada.KoladaFetch;
import se.lagesbild.kolada.KoladaService;
import se.lagesbild.kolada.Kpi;
import se.lagesbild.kolada.Place;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.live.UiTasks;

/**
 * Jämförelser: per chosen key figure, the kommun beside the chosen kommuner, groups and riket over
 * the years, as a line chart (the kommun bold, the others thinner, values labelled) and a table,
 * with Kolada's definition, the unit, the split by gender where Kolada has one, and "Källa: Kolada".
 * Everyone signed in reads it; a controller chooses what is compared and fetches from Kolada. A
 * fetch or a new choice on any node redraws it (topic KOLADA).
 */
@PermitAll
@Route("jamforelser")
class ComparisonsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ComparisonsView.class);

    private final KoladaService kolada;
    private final boolean mayChange;
    private final Paragraph status = new Paragraph();
    private final MultiSelectComboBox<Kpi> kpiSelect = ComponentTexts.multiSelect(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Place> placeSelect = ComponentTexts.multiSelect(new MultiSelectComboBox<>());
    private final Div comparisons = new Div();
    private Place home;
    private List<Kpi> chosenKpis = List.of();
    private List<Place> chosenPlaces = List.of();

    ComparisonsView(KoladaService kolada, ChangeBroadcaster broadcaster) {
        this.kolada = kolada;
        this.mayChange = kolada.mayChange(CurrentUser.name());
        addClassName("comparisons-view");
        setWidthFull();

        home = kolada.home();
        add(new H1(getTranslation("comparisons.heading", home.title())));
        status.addClassName("comparisons-status");
        add(status);

        kpiSelect.setLabel(getTranslation("comparisons.kpis"));
        kpiSelect.setPlaceholder(getTranslation("comparisons.kpis.placeholder"));
        kpiSelect.setItemLabelGenerator(kpi -> kpi.id() + " " + kpi.title());
        kpiSelect.addClassName("kpi-select");
        kpiSelect.setWidth("32em");
        placeSelect.setLabel(getTranslation("comparisons.places"));
        placeSelect.setItemLabelGenerator(this::placeLabel);
        placeSelect.addClassName("place-select");
        placeSelect.setWidth("32em");
        HorizontalLayout choices = new HorizontalLayout(kpiSelect, placeSelect);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        if (mayChange) {
            Button refresh = new Button(getTranslation("comparisons.refresh"), AppIcon.REFRESH.create());
            refresh.addClickListener(e -> refresh(refresh));
            refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            refresh.addClassName("kolada-refresh");
            choices.add(refresh);
            kpiSelect.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    choose();
                }
            });
            placeSelect.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    choose();
                }
            });
        } else {
            kpiSelect.setReadOnly(true);
            placeSelect.setReadOnly(true);
        }
        add(choices);
        comparisons.addClassName("comparisons");
        comparisons.setWidthFull();
        add(comparisons);

        draw();
        LiveUpdates.bind(this, broadcaster, Set.of(Topic.KOLADA), change -> true, changes -> draw());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparisons.title") + " – " + getTranslation("app.name");
    }

    private void draw() {
        status.setText(statusText());
        status.getElement().setAttribute("role", "status");
        home = kolada.home();
        List<Kpi> kpis = kolada.chosenKpis();
        List<Place> places = kolada.chosenComparisons();
        chosenKpis = kpis;
        chosenPlaces = places;
        List<Kpi> kpiItems = new ArrayList<>(kolada.searchKpis("", 10_000));
        kpis.stream().filter(k -> !kpiItems.contains(k)).forEach(kpiItems::add);
        List<Place> placeItems = new ArrayList<>(kolada.comparable());
        places.stream().filter(p -> !placeItems.contains(p)).forEach(placeItems::add);
        kpiSelect.setItems(kpiItems);
        kpiSelect.setValue(Set.copyOf(kpis));
        placeSelect.setItems(placeItems);
        placeSelect.setValue(Set.copyOf(places));
        comparisons.removeAll();
        for (Kpi kpi : kpis) {
            comparisons.add(section(kolada.comparison(kpi)));
        }
    }

    /** When the values were fetched, and why the latest fetch failed if it did. */
    private String statusText() {
        Optional<KoladaFetch> last = kolada.lastFetch();
        Optional<KoladaFetch> succeeded = kolada.lastSuccessfulFetch();
        String fetched = succeeded
                .map(f -> getTranslation("comparisons.fetched", SwedishFormat.minute(f.finishedAt())))
                .orElse(getTranslation("comparisons.never"));
        if (last.isPresent() && !last.get().succeeded()) {
            return getTranslation(
                            "comparisons.failed." + last.get().outcome().name(),
                            SwedishFormat.minute(last.get().finishedAt()))
                    + " " + fetched;
        }
        return fetched;
    }

    private Component section(Comparison comparison) {
        Kpi kpi = comparison.kpi();
        Div section = new Div();
        section.addClassName("kpi-comparison");
        section.getElement().setAttribute("data-kpi", kpi.id());
        section.add(new H2(kpi.id() + " " + kpi.title()));
        if (kpi.description() != null && !kpi.description().isBlank()) {
            Paragraph definition = new Paragraph(kpi.description());
            definition.addClassName("kpi-definition");
            section.add(definition);
        }
        if (!kpi.unit().isEmpty()) {
            Paragraph unit = new Paragraph(getTranslation("comparisons.unit", kpi.unit()));
            unit.addClassName("kpi-unit");
            section.add(unit);
        }
        if (comparison.isEmpty()) {
            section.add(
                    new Paragraph(getTranslation(mayChange ? "comparisons.noValues.fetch" : "comparisons.noValues")));
        } else {
            int decimals = comparison.decimals();
            section.add(ChartSettings.chart(chart(comparison, decimals), "comparison-chart"));
            List<Comparison.Series> rows = new ArrayList<>(comparison.series());
            rows.addAll(comparison.genders());
            section.add(grid(comparison, rows, decimals, "comparison-grid", "comparisons.column.place"));
            if (!comparison.genders().isEmpty()) {
                section.add(new Paragraph(getTranslation("comparisons.genders")));
            }
            if (!comparison.units().isEmpty()) {
                section.add(new H3(getTranslation("comparisons.units", home.title())));
                section.add(grid(comparison, comparison.units(), decimals, "units-grid", "comparisons.column.unit"));
            }
        }
        Paragraph source = new Paragraph(getTranslation("comparisons.source"));
        source.addClassName("kolada-source");
        section.add(source);
        return section;
    }

    private Configuration chart(Comparison comparison, int decimals) {
        Configuration configuration = new Configuration();
        configuration.getChart().setType(ChartType.LINE);
        configuration.setTitle("");
        configuration
                .getxAxis()
                .setCategories(comparison.years().stream().map(String::valueOf).toArray(String[]::new));
        ChartSettings.valueAxis(configuration.getyAxis(), comparison.kpi().unit());
        Tooltip tooltip = new Tooltip();
        tooltip.setShared(true);
        tooltip.setValueDecimals(decimals);
        configuration.setTooltip(tooltip);
        for (Comparison.Series line : comparison.series()) {
            ListSeries series = new ListSeries(seriesName(line), line.values().toArray(Number[]::new));
            PlotOptionsLine options = new PlotOptionsLine();
            options.setLineWidth(line.home() ? 4 : 1.5);
            options.setConnectNulls(false);
            DataLabels labels = new DataLabels(true);
            labels.setFormat("{y:,." + decimals + "f}");
            if (line.home()) {
                labels.getStyle().setFontWeight(com.vaadin.flow.component.charts.model.style.FontWeight.BOLD);
            }
            options.setDataLabels(labels);
            series.setPlotOptions(options);
            configuration.addSeries(series);
        }
        return configuration;
    }

    private Grid<Comparison.Series> grid(
            Comparison comparison, List<Comparison.Series> rows, int decimals, String className, String header) {
        Grid<Comparison.Series> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::seriesName)
                .setHeader(getTranslation(header))
                .setKey("place")
                .setAutoWidth(true)
                .setFlexGrow(1);
        for (int i = 0; i < comparison.years().size(); i++) {
            int year = i;
            grid.addColumn(line -> SwedishFormat.decimal(line.values().get(year), decimals))
                    .setHeader(String.valueOf(comparison.years().get(i)))
                    .setKey("y" + comparison.years().get(i))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String seriesName(Comparison.Series line) {
        if (line.home() && !line.placeId().equals(home.id())) {
            return getTranslation("comparisons.gender." + line.placeId(), home.title());
        }
        return line.kind() == Place.Kind.GROUP ? getTranslation("comparisons.group", line.name()) : line.name();
    }

    private String placeLabel(Place place) {
        return place.kind() == Place.Kind.GROUP ? getTranslation("comparisons.group", place.title()) : place.title();
    }

    /** Saves the choice: those chosen before in their order, then the new ones. */
    private void choose() {
        kolada.choose(
                inOrder(chosenKpis, kpiSelect.getValue()).stream().map(Kpi::id).toList(),
                inOrder(chosenPlaces, placeSelect.getValue()).stream()
                        .map(Place::id)
                        .toList(),
                CurrentUser.name());
    }

    private static <T> List<T> inOrder(List<T> before, Set<T> selected) {
        List<T> ordered =
                new ArrayList<>(before.stream().filter(selected::contains).toList());
        selected.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return ordered;
    }

    /**
     * Fetches from Kolada away from the UI (politeness, retries and timeouts may take a while); the
     * page says so meanwhile, and says how it went. The KOLADA change redraws every open page.
     */
    private void refresh(Button button) {
        String user = CurrentUser.name();
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        status.setText(getTranslation("comparisons.fetching"));
        Thread.ofVirtual().name("kolada-refresh").start(() -> {
            KoladaFetch fetch;
            try {
                fetch = kolada.refresh(user);
            } catch (RuntimeException e) {
                log.warn("Kolada: the fetch asked for by {} failed", user, e);
                fetch = null;
            }
            KoladaFetch done = fetch;
            UiTasks.access(ui, () -> {
                button.setEnabled(true);
                String message = done == null
                        ? getTranslation("comparisons.error")
                        : done.succeeded()
                                ? getTranslation("comparisons.refreshed", done.newVersions())
                                : getTranslation(
                                        "comparisons.failed." + done.outcome().name(),
                                        SwedishFormat.minute(done.finishedAt()));
                Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                        .addClassName("kolada-refreshed");
                draw();
            });
        });
    }
}
