package se.lagesbild.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A form field's length bound ({@code base.TextLimits}): the field refuses more characters and says
 * "Högst n tecken" below itself, so a too long text is never typed, let alone lost on saving. The
 * services check the same bound (a request that bypasses the field is refused in Swedish too).
 */
public final class TextBounds {

    private TextBounds() {}

    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setHelperText(text(max));
        field.setErrorMessage(text(max));
        return field;
    }

    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setHelperText(text(max));
        field.setErrorMessage(text(max));
        return field;
    }

    private static String text(int max) {
        UI ui = UI.getCurrent();
        return ui == null ? "Högst " + max + " tecken" : ui.getTranslation("base.maxLength", max);
    }
}
