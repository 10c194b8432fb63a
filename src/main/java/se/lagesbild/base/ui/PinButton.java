package se.lagesbild.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Supplier;
import se.lagesbild.base.SlidePins;
import se.lagesbild.base.TextLimits;

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
            if (current != null && !TextLimits.fits(current, TextLimits.PIN_SCOPE)) {
                // a scope from the URL that no code is (an enhet of 60 characters): nothing to pin
                Notification.show(getTranslation("report.pin.invalid"))
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            } else if (current != null) {
                pins.pin(kind, current, CurrentUser.name());
                Notification.show(getTranslation("report.pin.done"));
            }
        });
    }
}
