package se.lagesbild.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Supplier;
import se.lagesbild.base.SlidePins;

/** "Visa i presentationen": pins the view's current scope (a drilled verksamhet, an enhet, a goal area) as a slide. */
public class PinButton extends Button {

    /** @param scope the view's current scope when clicked; null pins nothing (the button is then hidden by the view) */
    public PinButton(SlidePins pins, SlidePins.Kind kind, Supplier<String> scope) {
        super(AppIcon.PRESENTATION.create());
        setText(getTranslation("report.pin.button"));
        addClassName("pin-button");
        setVisible(pins.mayPin(CurrentUser.name()));
        addClickListener(e -> {
            String current = scope.get();
            if (current != null) {
                pins.pin(kind, current, CurrentUser.name());
                Notification.show(getTranslation("report.pin.done"));
            }
        });
    }
}
