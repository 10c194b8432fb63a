package se.lagesbild.reportdata.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.reportdata.InvalidRowsException;
import se.lagesbild.reportdata.ReportDataFiles;
import se.lagesbild.reportdata.ReportDataService;
import se.lagesbild.reportdata.RowError;
import se.lagesbild.reportdata.RowSet;
import se.lagesbild.reportdata.SectionKind;

/**
 * The rows of a written section for a period: a line of fields per row (text, number, status as a
 * choice of Grön/Gul/Röd/Inget utfall), add, remove and move rows, save as a new version; a wrong
 * field is marked with its message and nothing is saved. Below: the section's file tools and history.
 */
class RowsEditor extends Div {

    private final ReportDataService service;
    private final SectionKind kind;
    private final YearMonth period;
    private final boolean mayWrite;
    private final Div rows = new Div();
    private final List<List<HasValue<?, String>>> fields = new ArrayList<>();
    private final Grid<RowSet> history = new Grid<>();

    RowsEditor(ReportDataService service, ReportDataFiles files, SectionKind kind, YearMonth period, boolean mayWrite) {
        this.service = service;
        this.kind = kind;
        this.period = period;
        this.mayWrite = mayWrite;
        addClassName("rows-editor");
        addClassName("editor-" + kind.name());
        setWidthFull();
        rows.addClassName("rows");
        add(rows);
        if (mayWrite) {
            Button add = new Button(getTranslation("reportdata.view.addRow"), e -> addRow(List.of()));
            add.addClassName("add-row");
            Button save = new Button(getTranslation("reportdata.view.save"), e -> save());
            save.addClassName("save-rows");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(add, save);
            buttons.getStyle().set("display", "flex").set("gap", "0.5em");
            add(buttons);
        }
        add(new FileTools(
                files,
                kind.scope(),
                kind.scope().path() + "-" + period,
                () -> files.table(kind, period),
                mayWrite,
                this::load));
        history.addClassName("rows-history");
        history.setAllRowsVisible(true);
        history.addColumn(v -> SwedishFormat.minute(v.recordedAt()))
                .setHeader(getTranslation("reportdata.view.history.at"));
        history.addColumn(RowSet::recordedBy).setHeader(getTranslation("reportdata.view.history.by"));
        history.addColumn(v -> v.source() == null ? getTranslation("reportdata.view.history.editor") : v.source())
                .setHeader(getTranslation("reportdata.view.history.source"));
        history.addColumn(v -> v.rows().size()).setHeader(getTranslation("reportdata.view.history.rows"));
        add(new H4(getTranslation("reportdata.view.history")), history);
        load();
    }

    /** The rows in force, and the history. */
    private void load() {
        rows.removeAll();
        fields.clear();
        List<List<String>> current = service.rows(kind, period);
        current.forEach(this::addRow);
        if (current.isEmpty() && !mayWrite) {
            rows.add(new Paragraph(getTranslation("reportdata.view.empty")));
        }
        if (current.isEmpty() && mayWrite) {
            service.previous(kind, period).ifPresent(previous -> {
                Button copy = new Button(
                        getTranslation("reportdata.view.copyRows", Periods.label(previous.period(), getLocale())),
                        e -> {
                            rows.remove(e.getSource());
                            previous.rows().forEach(this::addRow);
                        });
                copy.addClassName("copy-previous");
                rows.add(copy);
            });
        }
        history.setItems(service.history(kind, period));
    }

    private void addRow(List<String> values) {
        List<HasValue<?, String>> line = new ArrayList<>();
        Div row = new Div();
        row.addClassName("row-editor");
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "0.5em")
                .set("align-items", "end")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)")
                .set("padding-bottom", "0.5em");
        for (int f = 0; f < kind.fields().size(); f++) {
            SectionKind.Field field = kind.fields().get(f);
            String value = f < values.size() ? display(field, values.get(f)) : "";
            HasValue<?, String> input = input(field, value);
            ((Component) input).getElement().setAttribute("data-field", field.header());
            ((com.vaadin.flow.component.HasStyle) input).addClassName("field-" + f);
            line.add(input);
            row.add((Component) input);
        }
        if (kind == SectionKind.RISKS) {
            Span riskValue = new Span();
            riskValue.addClassName("risk-value");
            Runnable update = () -> {
                Integer value = ReportDataService.riskValue(
                        line.stream().map(HasValue::getValue).toList());
                riskValue.setText(getTranslation("reportdata.view.riskValue", value == null ? "–" : value));
            };
            line.get(2).addValueChangeListener(e -> update.run());
            line.get(3).addValueChangeListener(e -> update.run());
            update.run();
            row.add(riskValue);
        }
        if (mayWrite) {
            Button up = new Button(getTranslation("reportdata.view.moveUp"), e -> move(line, row));
            up.addClassName("move-up");
            Button remove = new Button(getTranslation("reportdata.view.removeRow"), e -> {
                fields.remove(line);
                rows.remove(row);
            });
            remove.addClassName("remove-row");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(up, remove);
        }
        fields.add(line);
        rows.add(row);
    }

    private void move(List<HasValue<?, String>> line, Div row) {
        int index = fields.indexOf(line);
        if (index <= 0) {
            return;
        }
        fields.remove(index);
        fields.add(index - 1, line);
        rows.remove(row);
        rows.addComponentAtIndex(index - 1, row);
    }

    private HasValue<?, String> input(SectionKind.Field field, String value) {
        AbstractField<?, String> input = switch (field.type()) {
            case STATUS -> {
                Select<String> select = new Select<>();
                select.setItems(java.util.Arrays.stream(Assessment.values())
                        .map(Assessment::swedishLabel)
                        .toList());
                select.setLabel(field.header());
                yield select;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea(field.header());
                area.setWidth("28em");
                yield area;
            }
            default -> {
                TextField text = new TextField(field.header());
                if (field.type() != SectionKind.Field.Type.TEXT) {
                    text.setWidth("8em");
                }
                yield text;
            }
        };
        if (!value.isEmpty() || field.type() != SectionKind.Field.Type.STATUS) {
            input.setValue(value);
        }
        input.setReadOnly(!mayWrite);
        if (input instanceof com.vaadin.flow.component.HasValidation validation) {
            validation.setInvalid(false);
        }
        return input;
    }

    /** A stored cell as the user reads it: numbers with a decimal comma. */
    private static String display(SectionKind.Field field, String value) {
        return field.type() == SectionKind.Field.Type.NUMBER ? value.replace('.', ',') : value;
    }

    /** The rows as written now (package-private for tests). */
    List<List<String>> values() {
        return fields.stream()
                .map(line -> line.stream()
                        .map(v -> v.getValue() == null ? "" : v.getValue())
                        .toList())
                .toList();
    }

    void save() {
        fields.forEach(line -> line.forEach(f -> {
            if (f instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(false);
            }
        }));
        try {
            boolean saved = service.save(kind, period, values(), CurrentUser.name());
            Notification.show(getTranslation(saved ? "reportdata.view.saved" : "reportdata.view.unchanged"));
            load();
        } catch (InvalidRowsException e) {
            // the rows as numbered in the editor: blank rows are skipped, so count the non-blank ones
            List<List<HasValue<?, String>>> written = fields.stream()
                    .filter(line -> line.stream()
                            .anyMatch(f -> f.getValue() != null && !f.getValue().isBlank()))
                    .toList();
            for (RowError error : e.errors()) {
                int index = kind.headers().indexOf(error.column());
                if (error.row() - 1 < written.size()
                        && index >= 0
                        && written.get(error.row() - 1).get(index)
                                instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(error.message());
                    v.setInvalid(true);
                }
            }
            Notification.show(
                            getTranslation("reportdata.view.invalid", e.getMessage()),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
