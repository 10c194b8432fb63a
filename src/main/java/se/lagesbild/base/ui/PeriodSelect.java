package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Chooses the period (year and month); a choice navigates, so the URL always holds the period. */
public class PeriodSelect extends Select<YearMonth> {

    public PeriodSelect(Class<? extends Component> view) {
        setAriaLabel(getTranslation("period.label"));
        setLabel(getTranslation("period.label"));
        addClassName("period-select");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI ui = UI.getCurrent();
                QueryParameters query = Periods.with(
                        ui.getActiveViewLocation().getQueryParameters(),
                        Periods.PARAM,
                        e.getValue().toString());
                ui.navigate(view, query);
            }
        });
    }

    /** Shows {@code period} among the {@code available} months, newest first. */
    public void show(YearMonth period, List<YearMonth> available) {
        List<YearMonth> months = new ArrayList<>(available);
        if (!months.contains(period)) {
            months.add(period);
        }
        months.sort(java.util.Comparator.reverseOrder());
        Choices.offer(this, months, p -> Periods.label(p, getLocale()));
        setValue(period);
    }
}
