package se.lagesbild.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lagesbild.support.KaribuTest;

/** A chart redrawn by live changes: points move on the chart on screen; anything else brings a new chart. */
class LiveChartTest extends KaribuTest {

    private final AtomicInteger chartsMade = new AtomicInteger();
    private final LiveChart place = new LiveChart("test-chart", chart -> chartsMade.incrementAndGet());

    @Test
    void aChangedValueMovesItsPointOnTheChartOnScreen() {
        UI.getCurrent().add(place);
        place.show(months("Andel sena", 10, 20, 30));
        Chart first = chart();

        place.show(months("Andel sena", 10, 25, 30));

        assertThat(chart()).isSameAs(first);
        assertThat(chartsMade).hasValue(1);
        assertThat(((ListSeries) first.getConfiguration().getSeries().getFirst()).getData())
                .containsExactly(10, 25, 30);
    }

    @Test
    void anotherSeriesTitleOrNumberOfPointsBringsANewChart() {
        UI.getCurrent().add(place);
        place.show(months("Andel sena", 10, 20, 30));
        Chart first = chart();

        place.show(months("Andel sena", 10, 20, 30, 40));
        Chart second = chart();
        assertThat(second).isNotSameAs(first);

        Configuration renamed = months("Andel sena", 10, 20, 30, 40);
        renamed.setTitle("Annan titel");
        place.show(renamed);
        assertThat(chart()).isNotSameAs(second);
        assertThat(chart().getConfiguration().getTitle().getText()).isEqualTo("Annan titel");
        assertThat(chartsMade).hasValue(3);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(place, Chart.class))
                .hasSize(1);
    }

    @Test
    void aBarWithAnotherValueColourAndLabelIsUpdatedInPlaceButAnotherOrderIsANewChart() {
        UI.getCurrent().add(place);
        place.show(bars(List.of("A", "B"), List.of(-5, 7)));
        Chart first = chart();

        place.show(bars(List.of("A", "B"), List.of(3, 7)));
        assertThat(chart()).isSameAs(first);
        DataSeriesItem a = ((DataSeries) first.getConfiguration().getSeries().getFirst()).get(0);
        assertThat(a.getY()).isEqualTo(3);
        assertThat(a.getColor()).hasToString("#1e6e3a");
        assertThat(a.getDataLabels().getFormat()).isEqualTo("3");

        place.show(bars(List.of("B", "A"), List.of(7, 9)));
        assertThat(chart()).isNotSameAs(first);
        assertThat(chartsMade).hasValue(2);
    }

    private Chart chart() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(place, Chart.class);
    }

    private static Configuration months(String name, Number... values) {
        Configuration configuration = ChartSettings.monthsConfiguration(ChartType.LINE, "Andel sena utredningar");
        configuration.addSeries(new ListSeries(name, values));
        return configuration;
    }

    /** Bars as the deviation chart draws them: categories, a colour by sign and the value as label. */
    private static Configuration bars(List<String> names, List<Integer> values) {
        Configuration configuration = new Configuration();
        configuration.getChart().setType(ChartType.BAR);
        configuration.getxAxis().setCategories(names.toArray(String[]::new));
        List<DataSeriesItem> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            DataSeriesItem item = new DataSeriesItem(names.get(i), values.get(i));
            item.setColor(new SolidColor(values.get(i) < 0 ? "#b3261e" : "#1e6e3a"));
            item.setDataLabels(new com.vaadin.flow.component.charts.model.DataLabels(true));
            item.getDataLabels().setFormat(String.valueOf(values.get(i)));
            items.add(item);
        }
        configuration.addSeries(new DataSeries(items));
        return configuration;
    }
}
