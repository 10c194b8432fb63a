package se.lagesbild.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rows of a grid that live changes redraw. When the grid shows rows with the same keys in the same
 * order, only the rows whose content changed are replaced and sent to the browser; otherwise the
 * grid gets the new rows. Sorting, selection and scroll stay either way.
 */
public final class GridRows {

    private GridRows() {}

    /**
     * Shows {@code rows} in {@code grid}, a row known by {@code key} (unique within the rows; the same
     * function every time for a grid).
     */
    @SuppressWarnings("unchecked")
    public static <T> void show(Grid<T> grid, List<T> rows, Function<T, ?> key) {
        if (grid.getDataProvider() instanceof KeyedRows<?> shown && ((KeyedRows<T>) shown).sameKeys(rows)) {
            ((KeyedRows<T>) shown).replaceChanged(rows);
            return;
        }
        grid.setItems(new KeyedRows<>(new ArrayList<>(rows), key));
    }

    private static final class KeyedRows<T> extends ListDataProvider<T> {

        private final List<T> rows;
        private final Function<T, ?> key;

        KeyedRows(List<T> rows, Function<T, ?> key) {
            super(rows);
            this.rows = rows;
            this.key = key;
        }

        @Override
        public Object getId(T item) {
            return key.apply(item);
        }

        boolean sameKeys(List<T> fresh) {
            if (fresh.size() != rows.size()) {
                return false;
            }
            for (int i = 0; i < fresh.size(); i++) {
                if (!Objects.equals(key.apply(fresh.get(i)), key.apply(rows.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        void replaceChanged(List<T> fresh) {
            for (int i = 0; i < fresh.size(); i++) {
                if (!fresh.get(i).equals(rows.get(i))) {
                    rows.set(i, fresh.get(i));
                    refreshItem(fresh.get(i));
                }
            }
        }
    }
}
