package se.lagesbild.structure.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import java.util.HashMap;

/** A form's values by field name, for a Binder to read and write (the services take records). */
final class Bean extends HashMap<String, Object> {

    @SuppressWarnings("unchecked")
    <T> T value(String name) {
        return (T) get(name);
    }

    /** Binds {@code field} to {@code name} after the binding's validators. */
    static <T> void bind(Binder.BindingBuilder<Bean, T> builder, String name) {
        ValueProvider<Bean, T> getter = bean -> bean.value(name);
        com.vaadin.flow.data.binder.Setter<Bean, T> setter = (bean, value) -> bean.put(name, value);
        builder.bind(getter, setter);
    }
}
