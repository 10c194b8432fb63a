package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.model.AxisTitle;
import com.vaadin.flow.component.charts.model.Labels;
import com.vaadin.flow.component.charts.model.Lang;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Swedish number formatting in every chart of every UI: decimal comma, space as thousands separator. */
@Component
public class ChartSettings implements VaadinServiceInitListener {

    /** An axis label formatter that writes negatives with a real minus sign, as the reports do. */
    public static final String MINUS_LABELS =
            "function() { return this.axis.defaultLabelFormatter.call(this).replace('-', '\\u2212'); }";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Lang lang = new Lang();
            lang.setDecimalPoint(",");
            lang.setThousandsSep("\u00A0");
            ChartOptions.get(e.getUI()).setLang(lang);
        });
    }

    /** Gives a value axis Swedish labels and a title. */
    public static void valueAxis(YAxis axis, String title) {
        axis.setTitle(new AxisTitle(title));
        Labels labels = new Labels();
        labels.setFormatter(MINUS_LABELS);
        axis.setLabels(labels);
    }
}
