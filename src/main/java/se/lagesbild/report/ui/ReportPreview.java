package se.lagesbild.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.DeviationChart;
import se.lagesbild.report.ReportSection;
import se.lagesbild.report.ReportSnapshot;
import se.lagesbild.reportdata.Markdown;

/**
 * The assembled report on screen, as the PDF and the DOCX print it: every chapter's heading and text
 * (Markdown), then its tables (statuses with symbol and word), the deviation chart, and the comments.
 */
class ReportPreview extends Div {

    ReportPreview(ReportSnapshot snapshot) {
        addClassName("report-preview");
        setWidthFull();
        for (ReportSection section : snapshot.sections()) {
            Div part = new Div();
            part.addClassName("preview-section");
            part.getElement().setAttribute("data-section", section.key());
            part.add(
                    section.kind() == ReportSection.Kind.TEXT
                            ? new H2(section.table().title())
                            : new H3(section.table().title()));
            part.add(body(section));
            if (!section.comments().isEmpty()) {
                Div comments = new Div();
                comments.addClassName("preview-comments");
                for (ReportComments.Comment c : section.comments()) {
                    comments.add(new Paragraph(
                            (c.rowLabel() == null ? "" : c.rowLabel() + ": ") + c.text() + " (" + c.author() + ")"));
                }
                part.add(comments);
            }
            add(part);
        }
    }

    private static Component body(ReportSection section) {
        return switch (section.kind()) {
            case TEXT -> {
                Div text = new Div();
                text.addClassName("preview-text");
                text.getElement().setProperty("innerHTML", Markdown.html(section.text()));
                yield text;
            }
            case BAR_CHART -> {
                var chart = DeviationChart.create(
                        section.table().rows().stream()
                                .map(r -> new DeviationChart.Bar(
                                        r.label(), r.label(), r.values().getFirst()))
                                .toList(),
                        section.table().title(),
                        section.table().columns().getFirst().header());
                chart.setHeight("420px");
                yield chart;
            }
            case STATUS_LIST, RISK_MATRIX -> table(section.table(), false, true);
            case HEATMAP -> table(section.table(), true, false);
            default -> table(section.table(), false, false);
        };
    }

    /** The table as printed; a status cell (the last column, or every heatmap cell) with its symbol. */
    private static Component table(ExportTable table, boolean heatmap, boolean statusList) {
        Element html = new Element("table");
        html.setAttribute("style", "border-collapse:collapse;font-size:var(--lumo-font-size-s);width:100%");
        Element head = new Element("tr");
        head.appendChild(cell("th", table.labelHeader(), true));
        table.columns().forEach(c -> head.appendChild(cell("th", c.header(), c.isText())));
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (ExportTable.Row row : table.rows()) {
            Element tr = new Element("tr");
            Element label = cell("td", row.label(), true);
            label.setAttribute(
                    "style",
                    label.getAttribute("style") + ";padding-left:" + (0.3 + row.depth() * 1.2) + "em"
                            + (row.emphasised() ? ";font-weight:700" : ""));
            tr.appendChild(label);
            for (int c = 0; c < table.columns().size(); c++) {
                String text = SwedishFormat.cell(table, row, c);
                boolean status = heatmap || (statusList && c == table.columns().size() - 1);
                tr.appendChild(cell(
                        "td",
                        status ? ReportSection.withSymbol(text) : text,
                        table.columns().get(c).isText()));
            }
            body.appendChild(tr);
        }
        html.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("preview-table");
        wrapper.getStyle().set("overflow-x", "auto");
        wrapper.getElement().appendChild(html);
        return wrapper;
    }

    private static Element cell(String tag, String text, boolean left) {
        return new Element(tag)
                .setText(text == null ? "" : text)
                .setAttribute(
                        "style",
                        "border-bottom:1px solid var(--lumo-contrast-20pct);padding:0.2em 0.4em;vertical-align:top;text-align:"
                                + (left ? "left" : "right"));
    }
}
