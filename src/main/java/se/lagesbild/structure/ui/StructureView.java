package se.lagesbild.structure.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import se.lagesbild.structure.StructureService;

/** A Struktur view: its title, a line saying what it holds, the year chosen and what to redraw for it. */
abstract class StructureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    protected final StructureService service;
    protected final YearChoice year;
    private final String titleKey;

    StructureView(StructureService service, String titleKey, String introKey) {
        this.service = service;
        this.titleKey = titleKey;
        this.year = new YearChoice(service);
        addClassName("structure-view");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), year);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
    }

    /** Adds "Exportera strukturfil" and "Importera strukturfil" for the chosen year. */
    StructureFileTools fileTools(
            se.lagesbild.structure.StructureFiles files, se.lagesbild.structure.StructureFiles.Kind kind) {
        StructureFileTools tools = new StructureFileTools(files, kind, this::shownYear, this::refresh);
        add(tools);
        return tools;
    }

    /** Redraws for the chosen year. */
    abstract void refresh();

    int shownYear() {
        return year.getValue();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year.choose(event.getLocation());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
