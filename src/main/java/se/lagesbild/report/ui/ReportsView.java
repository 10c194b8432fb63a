package se.lagesbild.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.report.CellChange;
import se.lagesbild.report.Pin;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportVersion;
import se.lagesbild.reportdata.Chapter;

/**
 * Nämndmöte: freeze a report version of the period, the frozen versions with their presentation,
 * PDF and XLSX, the slides pinned from the views, and ({@code ?jamfor=ID}) what changed in the live
 * figures since a version was frozen, cell by cell.
 */
@PermitAll
@Route("rapporter")
class ReportsView extends PeriodView {

    static final String COMPARE = "jamfor";

    /** The editor of the report's texts and sections (reportdata.ui.ReportSectionsView). */
    static final String SECTIONS_ROUTE = "rapporter/avsnitt";

    private final ReportService reports;
    private final Div content = new Div();
    private Long compared;
    private Set<Chapter> chosen = EnumSet.allOf(Chapter.class);

    ReportsView(ReportService reports, EconomyService economy, ChangeBroadcaster broadcaster) {
        super(
                "report.title",
                "reports-view",
                economy,
                broadcaster,
                java.util.EnumSet.of(
                        Topic.REPORTS,
                        Topic.ECONOMY,
                        Topic.INVESTIGATIONS,
                        Topic.GOALS,
                        Topic.SETTINGS,
                        Topic.COMMENTS));
        this.reports = reports;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        compared = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(COMPARE)
                .filter(t -> t.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        content.removeAll();
        Optional<ReportVersion> version = compared == null ? Optional.empty() : reports.version(compared);
        version.ifPresent(v -> content.add(compareSection(v)));
        content.add(reportSection(), freezeSection(), versionsSection(), pinsSection());
    }

    /**
     * The report of the period as it stands: a delårsrapport (every chapter) or a månadsrapport (the
     * chapters the controller picks), its live downloads at their stable addresses, the editor of its
     * texts and sections, and the assembled report itself.
     */
    private Component reportSection() {
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("reportdata.report.kind"));
        kind.addClassName("report-kind");
        kind.setItems(true, false);
        kind.setItemLabelGenerator(
                all -> getTranslation(all ? "reportdata.report.interim" : "reportdata.report.monthly"));
        kind.setValue(chosen.size() == Chapter.values().length);
        CheckboxGroup<Chapter> chapters = new CheckboxGroup<>(getTranslation("reportdata.report.chapters"));
        chapters.addClassName("report-chapters");
        chapters.setItems(Chapter.values());
        chapters.setItemLabelGenerator(c -> ReportService.chapterHeading(c, period()));
        chapters.setValue(chosen);
        chapters.setEnabled(!kind.getValue());
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                chosen = Boolean.TRUE.equals(e.getValue()) ? EnumSet.allOf(Chapter.class) : EnumSet.copyOf(chosen);
                render();
            }
        });
        chapters.addValueChangeListener(e -> {
            chosen = e.getValue().isEmpty() ? EnumSet.noneOf(Chapter.class) : EnumSet.copyOf(e.getValue());
            render();
        });
        String query = chosen.size() == Chapter.values().length
                ? ""
                : "?kapitel="
                        + String.join(",", chosen.stream().map(Chapter::key).toList());
        Anchor pdf = new Anchor("rapport/" + period() + ".pdf" + query, getTranslation("reportdata.download.livePdf"));
        pdf.addClassName("live-pdf");
        pdf.getElement().setAttribute("router-ignore", true);
        Anchor docx =
                new Anchor("rapport/" + period() + ".docx" + query, getTranslation("reportdata.download.liveDocx"));
        docx.addClassName("live-docx");
        docx.getElement().setAttribute("router-ignore", true);
        Anchor edit = new Anchor(
                SECTIONS_ROUTE + "?"
                        + QueryParameters.of(Periods.PARAM, period().toString()).getQueryString(),
                getTranslation("reportdata.view.link"));
        edit.addClassName("edit-sections");
        Div links = new Div(pdf, docx, edit);
        links.addClassName("report-links");
        links.getStyle().set("display", "flex").set("gap", "1.5em").set("margin", "0.5em 0");
        Div section = section(getTranslation("reportdata.report.live", periodLabel()), kind, chapters, links);
        if (reports.hasFigures(period())) {
            section.add(new ReportPreview(reports.live(period(), chosen)));
        }
        return section;
    }

    private Component freezeSection() {
        TextField name = new TextField(getTranslation("report.freeze.name"));
        name.addClassName("version-name");
        TextBounds.limit(name, TextLimits.VERSION_NAME);
        name.setPlaceholder(getTranslation("report.freeze.placeholder"));
        Button freeze = new Button(getTranslation("report.freeze.button", periodLabel()), e -> {
            try {
                ReportVersion frozen = reports.freeze(name.getValue(), period(), chosen, CurrentUser.name());
                Notification.show(getTranslation("report.freeze.done", frozen.label()));
                render();
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            } catch (ReportService.NothingToReportException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        freeze.addClassName("freeze-button");
        boolean mayEdit = reports.mayEdit(CurrentUser.name());
        name.setVisible(mayEdit);
        freeze.setVisible(mayEdit);
        Anchor live = new Anchor(
                "presentation?"
                        + QueryParameters.of(Periods.PARAM, period().toString()).getQueryString(),
                getTranslation("report.presentLive", periodLabel()));
        live.addClassName("present-live");
        Div row = new Div(name, freeze, live);
        row.addClassName("freeze-row");
        Div section = section(
                getTranslation("report.freeze.title"), new Paragraph(getTranslation("report.freeze.help")), row);
        if (!reports.hasFigures(period())) {
            section.add(new SetupNotice(
                    getTranslation("report.error.nothing", periodLabel()),
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
        }
        return section;
    }

    private Component versionsSection() {
        Grid<ReportVersion> grid = new Grid<>();
        grid.addClassName("versions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ReportVersion::name)
                .setHeader(getTranslation("report.column.name"))
                .setAutoWidth(true);
        grid.addColumn(v -> Periods.label(v.period(), getLocale())).setHeader(getTranslation("report.column.period"));
        grid.addColumn(v -> SwedishFormat.minute(v.frozenAt())).setHeader(getTranslation("report.column.frozenAt"));
        grid.addColumn(ReportVersion::frozenBy).setHeader(getTranslation("report.column.frozenBy"));
        grid.addComponentColumn(this::versionActions)
                .setKey("actions")
                .setHeader(getTranslation("report.column.actions"))
                .setAutoWidth(true);
        grid.setItems(reports.versions());
        return section(getTranslation("report.versions.title"), grid);
    }

    private Component versionActions(ReportVersion version) {
        Anchor present = new Anchor(
                "presentation?"
                        + QueryParameters.of("version", String.valueOf(version.id()))
                                .getQueryString(),
                getTranslation("report.present"));
        present.addClassName("present-version");
        Anchor compare = new Anchor(
                "rapporter?"
                        + new QueryParameters(java.util.Map.of(
                                        Periods.PARAM,
                                        List.of(period().toString()),
                                        COMPARE,
                                        List.of(String.valueOf(version.id()))))
                                .getQueryString(),
                getTranslation("report.compare"));
        compare.addClassName("compare-version");
        Div actions = new Div(present, compare);
        ReportDownloads.links(version, this).forEach(actions::add);
        Anchor docx =
                new Anchor("rapport/version/" + version.id() + ".docx", getTranslation("reportdata.download.docx"));
        docx.addClassName("download-docx");
        docx.getElement().setAttribute("router-ignore", true);
        actions.add(docx);
        actions.addClassName("version-actions");
        return actions;
    }

    private Component compareSection(ReportVersion version) {
        List<CellChange> changes = reports.changesSince(version);
        Grid<CellChange> grid = new Grid<>();
        grid.addClassName("changes-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(CellChange::section)
                .setHeader(getTranslation("report.change.section"))
                .setAutoWidth(true);
        grid.addColumn(CellChange::row)
                .setHeader(getTranslation("report.change.row"))
                .setAutoWidth(true);
        grid.addColumn(CellChange::column).setHeader(getTranslation("report.change.column"));
        grid.addColumn(CellChange::before)
                .setHeader(getTranslation("report.change.before"))
                .setKey("before");
        grid.addColumn(CellChange::after)
                .setHeader(getTranslation("report.change.after"))
                .setKey("after");
        grid.setItems(changes);
        Paragraph summary = new Paragraph(
                changes.isEmpty()
                        ? getTranslation("report.compare.none", version.label())
                        : getTranslation("report.compare.count", changes.size(), version.label()));
        summary.addClassName("compare-summary");
        Div section = section(getTranslation("report.compare.title", version.label()), summary, grid);
        section.addClassName("compare-section");
        return section;
    }

    private Component pinsSection() {
        Grid<Pin> grid = new Grid<>();
        grid.addClassName("pins-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> getTranslation("report.pin.kind." + p.kind().name()))
                .setHeader(getTranslation("report.pin.kind"));
        grid.addColumn(Pin::scope).setHeader(getTranslation("report.pin.scope"));
        grid.addColumn(p -> SwedishFormat.minute(p.pinnedAt())).setHeader(getTranslation("report.pin.at"));
        grid.addComponentColumn(p -> new Button(getTranslation("report.pin.remove"), e -> {
                    reports.unpin(p.id(), CurrentUser.name());
                    render();
                }))
                .setHeader("")
                .setKey("remove")
                .setVisible(reports.mayEdit(CurrentUser.name()));
        grid.setItems(reports.pins());
        return section(getTranslation("report.pins.title"), new Paragraph(getTranslation("report.pins.help")), grid);
    }

    private static Div section(String title, Component... body) {
        Div section = new Div(new H2(title));
        section.add(body);
        section.addClassName("report-section");
        section.setWidthFull();
        return section;
    }
}
