package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;

/**
 * Connects a view to the change broadcaster while it is attached: each batch of relevant changes
 * refreshes the view in its own UI (server push) and shows a quiet notice of what changed. The
 * listener is removed when the view is detached, so closed views leave nothing behind.
 */
public final class LiveUpdates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private LiveUpdates() {
    }

    public static void bind(Component view, ChangeBroadcaster broadcaster, Set<Topic> topics,
                            Consumer<List<Change>> refresh) {
        bind(view, broadcaster, topics, refresh, true);
    }

    /** The same without the notice: for screens that follow someone else's moves, such as the slides. */
    public static void bindQuietly(Component view, ChangeBroadcaster broadcaster, Set<Topic> topics,
                                   Consumer<List<Change>> refresh) {
        bind(view, broadcaster, topics, refresh, false);
    }

    private static void bind(Component view, ChangeBroadcaster broadcaster, Set<Topic> topics,
                             Consumer<List<Change>> refresh, boolean withNotice) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unregister = broadcaster.register(topics, changes -> ui.access(() -> {
                refresh.accept(changes);
                if (withNotice) {
                    notice(view, changes);
                }
            }));
            view.addDetachListener(detach -> {
                unregister.run();
                detach.unregisterListener();
            });
        });
    }

    private static void notice(Component view, List<Change> changes) {
        Change last = changes.getLast();
        String text = view.getTranslation(last.summary()) + ", " + TIME.format(last.at());
        if (changes.size() > 1) {
            text = view.getTranslation("live.changes", changes.size()) + " — " + text;
        }
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
