package se.lagesbild.reportdata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.reportdata.ReportDataFiles;
import se.lagesbild.reportdata.ReportDataService;
import se.lagesbild.reportdata.SectionKind;

/**
 * Rapportens avsnitt ({@code /rapporter/avsnitt?period=2021-08}): every chapter's text (Markdown with
 * a preview) and every written section's rows of the period, each with its history and as CSV/XLSX
 * files to export and import. Controllers and ledning write; everyone else reads (the service decides).
 * The editors are not redrawn by others' changes (that would throw away what is being written): a
 * save that conflicts simply becomes the next version, and the history shows both.
 */
@PermitAll
@Route("rapporter/avsnitt")
public class ReportSectionsView extends PeriodView {

    public static final String ROUTE = "rapporter/avsnitt";

    private final ReportDataService service;
    private final ReportDataFiles files;
    private final Div content = new Div();

    ReportSectionsView(
            ReportDataService service, ReportDataFiles files, EconomyService periods, ChangeBroadcaster broadcaster) {
        super("reportdata.view.title", "report-sections-view", periods, broadcaster, EnumSet.of(Topic.SETTINGS));
        this.service = service;
        this.files = files;
        content.setWidthFull();
        add(content);
    }

    @Override
    protected void render() {
        content.removeAll();
        service.checkMayRead(CurrentUser.name());
        boolean mayWrite = service.mayWrite(CurrentUser.name());
        content.add(new Paragraph(getTranslation("reportdata.view.help")));
        if (!mayWrite) {
            Paragraph readOnly = new Paragraph(getTranslation("reportdata.view.readOnly"));
            readOnly.addClassName("read-only-note");
            content.add(readOnly);
        }
        Anchor report = new Anchor(
                "rapporter?"
                        + com.vaadin.flow.router.QueryParameters.of(Periods.PARAM, period().toString())
                                .getQueryString(),
                getTranslation("report.title", periodLabel()));
        content.add(report);
        for (Chapter chapter : Chapter.values()) {
            content.add(details(
                    "chapter-" + chapter.key(),
                    getTranslation("reportdata.view.texts") + ": "
                            + getTranslation(chapter.headingKey(), "…", "…", String.valueOf(period().getYear())),
                    new TextEditor(service, files, chapter, period(), mayWrite)));
            for (SectionKind kind : SectionKind.values()) {
                if (kind.chapter() == chapter) {
                    content.add(details(
                            "section-" + kind.name(),
                            getTranslation(kind.titleKey()),
                            new RowsEditor(service, files, kind, period(), mayWrite)));
                }
            }
        }
    }

    private static Details details(String className, String title, Component editor) {
        Details details = new Details(title, editor);
        details.addClassName(className);
        details.setWidthFull();
        return details;
    }
}
