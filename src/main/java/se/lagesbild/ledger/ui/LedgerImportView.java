package se.lagesbild.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.ledger.AccountRange;
import se.lagesbild.ledger.ActivityRule;
import se.lagesbild.ledger.LedgerImport;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureException;

/**
 * Ekonomi → Importera huvudbok ({@code /ekonomi/huvudbok}): a ledger as CSV, XLSX or SIE 4, imported all
 * or nothing; a refusal lists every error, and each unmapped konto or ansvar gets a field to map it
 * (konton → kostnadsslag, ansvar/verksamhetskod → verksamhet), saved to the year's kontoplan before the
 * same file is imported again.
 */
@PermitAll
@Route(SetupRoutes.LEDGER_IMPORT)
class LedgerImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerImport imports;
    private final LedgerService ledger;
    private final OrganisationService organisation;
    private final Div result = new Div();
    private String fileName;
    private byte[] bytes;

    LedgerImportView(LedgerImport imports, LedgerService ledger, OrganisationService organisation) {
        this.imports = imports;
        this.ledger = ledger;
        this.organisation = organisation;
        addClassName("ledger-import-view");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importFile(metadata.fileName(), data)));
        ComponentTexts.upload(upload);
        upload.addClassName("ledger-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".se", ".si", ".sie");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
        result.addClassName("ledger-import-result");
        add(
                new H1(getTranslation("ledger.import.title")),
                new Paragraph(getTranslation("ledger.import.intro")),
                new Anchor(SetupRoutes.KONTOPLAN, getTranslation("ledger.import.kontoplan")),
                upload,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!imports.mayImport(CurrentUser.name())) {
            event.forwardTo(SetupRoutes.ECONOMY);
        }
    }

    /** Imports a file and shows how it went (package-private for tests). */
    void importFile(String name, byte[] data) {
        fileName = name;
        bytes = data;
        show(imports.apply(name, data, CurrentUser.name()));
    }

    private void show(LedgerImport.Result outcome) {
        result.removeAll();
        if (outcome.status() == ImportStatus.APPLIED) {
            Paragraph done = new Paragraph(getTranslation(
                    "ledger.import.applied",
                    fileName,
                    String.valueOf(outcome.added()),
                    String.valueOf(outcome.corrected()),
                    String.valueOf(outcome.unchanged()),
                    String.valueOf(outcome.rows())));
            done.addClassName("ledger-import-applied");
            result.add(done);
            return;
        }
        result.add(new Paragraph(getTranslation("ledger.import.refused", fileName)));
        for (ImportError error : outcome.errors()) {
            String place = error.row() == null
                    ? ""
                    : getTranslation("import.log.row", String.valueOf(error.row()))
                            + (error.column() == null ? "" : ", " + error.column()) + ": ";
            Paragraph line = new Paragraph(
                    place + getTranslation(error.messageKey(), error.args().toArray()));
            line.addClassName("ledger-import-error");
            result.add(line);
        }
        if (!outcome.unmapped().isEmpty()) {
            result.add(mapping(outcome.unmapped()));
        }
    }

    /** A field per unmapped konto or ansvar, and "Spara och importera igen". */
    private Div mapping(List<LedgerImport.Unmapped> unmapped) {
        Div form = new Div();
        form.addClassName("ledger-mapping");
        form.add(new Paragraph(getTranslation("ledger.import.mapIntro")));
        List<Runnable> collect = new ArrayList<>();
        Map<Integer, List<AccountRange>> ranges = new TreeMap<>();
        Map<Integer, List<ActivityRule>> rules = new TreeMap<>();
        for (LedgerImport.Unmapped u : unmapped) {
            Organisation org = organisation.organisation(u.year());
            FlexLayout row = new FlexLayout();
            row.addClassName("ledger-mapping-row");
            row.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
            row.setAlignItems(Alignment.BASELINE);
            if (u.isAccount()) {
                TextField first = new TextField(getTranslation("ledger.kontoplan.first"), u.account(), "");
                first.addClassName("ledger-map-first");
                TextField last = new TextField(getTranslation("ledger.kontoplan.last"));
                last.addClassName("ledger-map-last");
                ComboBox<CostType> costType = new ComboBox<>(getTranslation("ledger.kontoplan.costType"));
                costType.addClassName("ledger-map-cost-type");
                costType.setItemLabelGenerator(CostType::name);
                costType.setItems(org.costTypes().stream()
                        .filter(c -> org.isLeaf(c.code()))
                        .toList());
                row.add(new Paragraph(u.year() + ": " + u.label()), first, last, costType);
                collect.add(() -> {
                    if (costType.getValue() != null) {
                        ranges.computeIfAbsent(u.year(), y -> new ArrayList<>())
                                .add(new AccountRange(
                                        first.getValue(),
                                        last.getValue(),
                                        costType.getValue().code()));
                    }
                });
            } else {
                ComboBox<Activity> activity = new ComboBox<>(getTranslation("ledger.kontoplan.activity"));
                activity.addClassName("ledger-map-activity");
                activity.setItemLabelGenerator(Activity::name);
                activity.setItems(org.activities().stream()
                        .filter(a -> a.existsIn(u.year()))
                        .toList());
                row.add(new Paragraph(u.year() + ": " + u.label()), activity);
                collect.add(() -> {
                    if (activity.getValue() != null) {
                        rules.computeIfAbsent(u.year(), y -> new ArrayList<>())
                                .add(new ActivityRule(
                                        u.ansvar(),
                                        u.verksamhetskod(),
                                        activity.getValue().code()));
                    }
                });
            }
            form.add(row);
        }
        Paragraph error = new Paragraph();
        error.addClassName("structure-error");
        Button again = new Button(getTranslation("ledger.import.mapAndImport"), click -> {
            ranges.clear();
            rules.clear();
            collect.forEach(Runnable::run);
            try {
                for (int year : new java.util.TreeSet<>(
                        java.util.stream.Stream.concat(ranges.keySet().stream(), rules.keySet().stream())
                                .toList())) {
                    ledger.add(
                            year,
                            ranges.getOrDefault(year, List.of()),
                            rules.getOrDefault(year, List.of()),
                            CurrentUser.name());
                }
            } catch (StructureException e) {
                error.setText(getTranslation(e.messageKey(), e.args().toArray()));
                return;
            }
            show(imports.apply(fileName, bytes, CurrentUser.name()));
        });
        again.addClassName("ledger-map-and-import");
        form.add(again, error);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.import.title") + " – " + getTranslation("app.name");
    }
}
