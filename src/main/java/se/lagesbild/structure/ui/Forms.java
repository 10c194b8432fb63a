package se.lagesbild.structure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.lagesbild.organisation.StructureException;

/** What the Struktur views share: buttons, the error line of a form and notices. */
final class Forms {

    private Forms() {}

    static Button button(Component owner, String key, String className, Runnable action) {
        Button button = new Button(owner.getTranslation(key), e -> action.run());
        button.addClassName(className);
        return button;
    }

    static Button small(Component owner, String key, String className, Runnable action) {
        Button button = button(owner, key, className, action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static Button primary(Component owner, String key, String className, Runnable action) {
        Button button = button(owner, key, className, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** The form's line for what the rules refused (hidden until then). */
    static Paragraph errorLine() {
        Paragraph error = new Paragraph();
        error.addClassName("structure-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        return error;
    }

    /** Runs a change; a refusal of the rules shows on the error line in the user's language. */
    static boolean attempt(Component owner, Paragraph error, Runnable change) {
        try {
            change.run();
            error.setVisible(false);
            return true;
        } catch (StructureException e) {
            error.setText(owner.getTranslation(e.messageKey(), e.args().toArray()));
            error.setVisible(true);
            return false;
        }
    }

    static void saved(Component owner, String key, Object... args) {
        Notification notification =
                Notification.show(owner.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static <T extends HasStyle> T named(T component, String className) {
        component.addClassName(className);
        return component;
    }
}
