package se.lagesbild.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.style.Style;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.AssessmentHeatmap;
import se.lagesbild.base.ui.DeviationChart;
import se.lagesbild.presentation.Deck;
import se.lagesbild.report.ReportSection;
import se.lagesbild.report.RiskMatrix;
import se.lagesbild.reportdata.Markdown;

/**
 * The slides of a deck for a big screen: one at a time, large type and high contrast, with the
 * version it shows and a slide counter on every slide. Draws the report's sections as they are
 * stored; it computes no figure.
 */
class SlideDeck extends Div {

    private static final java.util.Map<String, String> STATUS_BACKGROUNDS =
            java.util.Map.of("grön", "#9fd8ae", "gul", "#f6d860", "röd", "#f0a39d", "inget utfall", "#e4e6ea");

    private final Div slide = new Div();
    private final Span counter = new Span();
    private final Span version = new Span();
    private final Span status = new Span();
    private final String followHint;
    private Deck deck;
    private int index;

    /** @param followHint the title slide's line telling members how to follow, or null */
    SlideDeck(String followHint) {
        this.followHint = followHint;
        addClassName("slide-deck");
        slide.addClassName("slide");
        counter.addClassName("slide-counter");
        version.addClassName("slide-version");
        status.addClassName("slide-status");
        Div bar = new Div(version, status, counter);
        bar.addClassName("slide-bar");
        add(bar, slide);
    }

    Deck deck() {
        return deck;
    }

    int index() {
        return index;
    }

    /** The line beside the counter, e.g. how many follow or "Följer presentatören". */
    void setStatus(String text) {
        status.setText(text);
    }

    /** Shows slide {@code index} of {@code deck} (kept within the deck). */
    void show(Deck deck, int index) {
        this.deck = deck;
        this.index = deck.clamp(index);
        version.setText(deck.versionLabel());
        counter.setText(getTranslation("presentation.counter", this.index + 1, deck.size()));
        slide.removeAll();
        slide.getElement().setAttribute("data-slide", String.valueOf(this.index));
        if (this.index == 0) {
            slide.add(titleSlide());
        } else {
            ReportSection section = deck.snapshot().sections().get(this.index - 1);
            slide.getElement().setAttribute("data-section", section.key());
            slide.add(new H2(section.table().title()), body(section));
        }
    }

    private Component titleSlide() {
        Div title = new Div(new H1(deck.title()), new Paragraph(deck.versionLabel()));
        title.addClassName("title-slide");
        if (followHint != null) {
            Paragraph hint = new Paragraph(followHint);
            hint.addClassName("follow-hint");
            title.add(hint);
        }
        return title;
    }

    private Component body(ReportSection section) {
        ExportTable table = section.table();
        return switch (section.kind()) {
            case FIGURES -> figures(table);
            case TABLE -> table(table);
            case BAR_CHART ->
                bigScreen(DeviationChart.create(
                        table.rows().stream()
                                .map(r -> new DeviationChart.Bar(
                                        r.label(), r.label(), r.values().getFirst()))
                                .toList(),
                        table.title(),
                        table.columns().getFirst().header()));
            case HEATMAP -> bigScreen(heatmap(table));
            case TEXT -> text(section.text());
            case STATUS_LIST -> statusList(table);
            case RISK_MATRIX -> riskMatrix(table);
        };
    }

    /** A chapter's text, rendered from Markdown (raw HTML escaped). */
    private static Component text(String markdown) {
        Div text = new Div();
        text.addClassName("slide-text");
        text.getElement().setProperty("innerHTML", Markdown.html(markdown));
        return text;
    }

    /** Each row with its status as a symbol and a word (never colour alone), then its other columns. */
    private static Component statusList(ExportTable table) {
        Div list = new Div();
        list.addClassName("slide-status-list");
        int last = table.columns().size() - 1;
        for (ExportTable.Row row : table.rows()) {
            String status = row.text(last);
            Span badge = new Span(ReportSection.withSymbol(status));
            badge.addClassName("status");
            badge.getElement()
                    .setAttribute("data-status", status == null ? "" : status.toLowerCase(java.util.Locale.ROOT));
            // inline: the styles' bundle (frontend/styles.css) is built with the production jar
            badge.getStyle()
                    .set("display", "inline-block")
                    .set("min-width", "7em")
                    .set("font-weight", "700")
                    .set("padding", "0.1em 0.5em")
                    .set("margin-right", "0.6em")
                    .set("border", "2px solid #111")
                    .set("border-radius", "4px")
                    .set(
                            "background",
                            STATUS_BACKGROUNDS.getOrDefault(
                                    status == null ? "" : status.strip().toLowerCase(java.util.Locale.ROOT), "#fff"));
            Span label = new Span(row.label());
            label.getStyle().set("font-weight", "700");
            Div item = new Div(badge, label);
            item.addClassName("status-item");
            item.getStyle().set("margin", "0 0 0.7em").set("font-size", "0.8em");
            for (int c = 0; c < last; c++) {
                if (row.text(c) != null && !row.text(c).isBlank()) {
                    Span detail = new Span(row.text(c));
                    detail.addClassName("status-detail");
                    detail.getStyle()
                            .set("display", "block")
                            .set("margin-left", "8.2em")
                            .set("color", "#333");
                    item.add(detail);
                }
            }
            list.add(item);
        }
        return list;
    }

    /** The risks' 5 × 5 matrix (sannolikhet up, konsekvens across) beside the numbered risks. */
    private static Component riskMatrix(ExportTable table) {
        Element html = new Element("table");
        html.getClassList().add("risk-matrix");
        for (int p = 5; p >= 1; p--) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setText(String.valueOf(p)));
            for (int k = 1; k <= 5; k++) {
                Element td = new Element("td").setText(RiskMatrix.cellText(table, p, k));
                td.getClassList().add("level-" + RiskMatrix.level(p * k).name().toLowerCase(java.util.Locale.ROOT));
                td.setAttribute(
                        "style",
                        "width:4.5em;height:2.6em;text-align:center;font-weight:700;border:2px solid #111;background:"
                                + switch (RiskMatrix.level(p * k)) {
                                    case LOW -> "#d5efdc";
                                    case MEDIUM -> "#fbecb0";
                                    case HIGH -> "#f6c9c5";
                                });
                tr.appendChild(td);
            }
            html.appendChild(tr);
        }
        Element axis = new Element("tr");
        axis.appendChild(new Element("th"));
        for (int k = 1; k <= 5; k++) {
            axis.appendChild(new Element("th").setText(String.valueOf(k)));
        }
        html.appendChild(axis);
        Div matrix = new Div();
        matrix.addClassName("slide-risk-matrix");
        matrix.getElement().appendChild(html);
        Div risks = (Div) statusList(new ExportTable(
                table.title(),
                table.labelHeader(),
                List.of(
                        table.columns().get(0),
                        table.columns().get(3),
                        table.columns().get(5)),
                table.rows().stream()
                        .map(r -> ExportTable.Row.of(
                                r.label(),
                                java.util.Arrays.asList(
                                        r.text(0), "Riskvärde " + SwedishFormat.cell(table, r, 3), r.text(5))))
                        .toList()));
        html.setAttribute("style", "border-collapse:collapse;font-size:0.8em");
        Div both = new Div(matrix, risks);
        both.getStyle().set("display", "flex").set("gap", "2em").set("align-items", "flex-start");
        both.addClassName("slide-risks");
        return both;
    }

    /** A chart under the slide's heading: no second title, the height of the screen, large labels. */
    private static Chart bigScreen(Chart chart) {
        Configuration conf = chart.getConfiguration();
        conf.setTitle("");
        conf.getChart().setStyle(new Style());
        conf.getChart().getStyle().setFontSize("1.1rem");
        chart.setHeight("68vh");
        return chart;
    }

    private static Component figures(ExportTable table) {
        Div cards = new Div();
        cards.addClassName("slide-figures");
        for (ExportTable.Row row : table.rows()) {
            Span label = new Span(row.label());
            label.addClassName("figure-label");
            Span value = new Span(row.text(0));
            value.addClassName("figure-value");
            if (row.text(0) != null && row.text(0).startsWith(String.valueOf(SwedishFormat.MINUS))) {
                value.addClassName("negative");
            }
            Span detail = new Span(row.text(1));
            detail.addClassName("figure-detail");
            Div figure = new Div(label, value, detail);
            figure.addClassName("figure");
            cards.add(figure);
        }
        return cards;
    }

    /** The table as printed: a header row, then every row with its depth and emphasis. */
    static Component table(ExportTable table) {
        Div wrapper = new Div();
        wrapper.addClassName("slide-table");
        Element html = new Element("table");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(table.labelHeader()));
        table.columns().forEach(c -> head.appendChild(new Element("th").setText(c.header())));
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (ExportTable.Row row : table.rows()) {
            Element tr = new Element("tr");
            if (row.emphasised()) {
                tr.getClassList().add("emphasised");
            }
            tr.appendChild(new Element("td")
                    .setText(row.label())
                    .setAttribute("style", "padding-left:" + (0.4 + row.depth() * 1.2) + "em"));
            for (int c = 0; c < table.columns().size(); c++) {
                String text = SwedishFormat.cell(table, row, c);
                Element td = new Element("td").setText(text);
                if (table.columns().get(c).isText()) {
                    td.getClassList().add("text");
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        html.appendChild(body);
        wrapper.getElement().appendChild(html);
        return wrapper;
    }

    private static Chart heatmap(ExportTable table) {
        List<String> columns =
                table.columns().stream().map(ExportTable.Column::header).toList();
        List<String> rows = table.rows().stream().map(ExportTable.Row::label).toList();
        Assessment[][] cells = new Assessment[columns.size()][rows.size()];
        String[][] labels = new String[columns.size()][rows.size()];
        for (int x = 0; x < columns.size(); x++) {
            for (int y = 0; y < rows.size(); y++) {
                Assessment assessment = Assessment.fromLabel(table.rows().get(y).text(x));
                cells[x][y] = assessment;
                labels[x][y] = AssessmentHeatmap.label(assessment, assessment.swedishLabel(), false);
            }
        }
        return AssessmentHeatmap.create(table.title(), columns, rows, cells, labels, labels);
    }
}
