package se.lagesbild.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a view's figure cells showed at its previous render, so that a live refresh can mark the
 * cells whose figure changed: they get the grid part {@code changed}, which the stylesheet
 * highlights and fades out over a few seconds. A render after a navigation marks nothing.
 */
public final class ChangeMarks {

    private Map<String, String> shown = new HashMap<>();
    private Map<String, String> before = Map.of();

    /**
     * Starts a render; {@code live}: it follows a change (compare with the last render), else a
     * navigation. Cells not drawn again (rows a live refresh did not resend) keep what they showed.
     */
    public void begin(boolean live) {
        before = live ? shown : Map.of();
        shown = new HashMap<>(shown);
    }

    /** Records what a cell shows now; true when it showed something else before this live refresh. */
    public boolean changed(String cell, String text) {
        shown.put(cell, text);
        String old = before.get(cell);
        return old != null && !old.equals(text);
    }

    /**
     * Marks the cells of a column whose text changed; a row is known by {@code rowKey} (its label),
     * the column by the grid's first class name and the column's key.
     */
    public <T> void mark(Grid.Column<T> column, Function<T, String> rowKey, Function<T, String> text) {
        String prefix = column.getGrid().getClassNames().stream().findFirst().orElse("") + "/" + column.getKey() + "/";
        column.setPartNameGenerator(row -> changed(prefix + rowKey.apply(row), text.apply(row)) ? "changed" : null);
    }
}
