package se.lagesbild.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * Fills a select's choices only when they differ from the ones it shows. Filling a select rebuilds
 * every item on the client (and closes an open dropdown), which a live refresh must not do for
 * choices that stayed the same; with a hundred periods to choose from, it was also most of the
 * cost of refreshing a view for hundreds of viewers at once.
 */
public final class Choices {

    private record Shown(List<?> items, List<String> labels) {}

    private Choices() {}

    /** Shows {@code items}, labelled by {@code label}, unless the select shows exactly these already; its value is left to the caller. */
    public static <T> void offer(Select<T> select, List<T> items, ItemLabelGenerator<T> label) {
        Shown wanted = new Shown(List.copyOf(items), items.stream().map(label).toList());
        if (!wanted.equals(ComponentUtil.getData(select, Shown.class))) {
            ComponentUtil.setData(select, Shown.class, wanted);
            select.setItemLabelGenerator(label);
            select.setItems(items);
        }
    }
}
