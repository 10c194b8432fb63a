package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.lagesbild.base.ui.ChangeMarks;
import se.lagesbild.investigations.InvestigationFigures;
import se.lagesbild.investigations.Measure;

/**
 * What a section of the Utredningar view reads of the view (its period, enhet and figures) and how it
 * moves the view (to a drill) and redraws on a live refresh. {@link InvestigationsView} implements it.
 */
interface InvestigationsScope {

    YearMonth period();

    /** "augusti 2021". */
    String periodLabel();

    /** The chosen enhet's code; null: all enheter. */
    String unit();

    InvestigationFigures figures();

    /** One row per enhet with cases, and the sum of all when there are several. */
    List<InvestigationsView.UnitRow> unitRows();

    String unitName(String code);

    String monthName(YearMonth month);

    /** Navigates the view to an enhet (null: all) and, with a measure, to the drill of those months. */
    void go(String unitCode, YearMonth from, YearMonth to, Measure measure);

    /** The view's query parameters for that place. */
    QueryParameters query(String unitCode, YearMonth from, YearMonth to, Measure measure);

    /** Runs {@code update} now and again on every live refresh. */
    void live(Runnable update);

    /** The marks of the figures a live refresh changed. */
    ChangeMarks marks();

    /** A figure column; a live refresh marks the figures that changed, its row known by {@code rowKey}. */
    <T> void number(Grid<T> grid, Function<T, String> rowKey, String key, String header, Function<T, String> text);

    String getTranslation(String key, Object... params);

    Locale locale();
}
