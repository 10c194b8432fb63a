package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.live.UiTasks;

/**
 * Connects a view to the change broadcaster while it is attached: each batch of changes that
 * concern what the view shows refreshes the view in its own UI (server push) and shows a quiet
 * notice of what changed. Changes that arrive while a refresh is still waiting for the UI join
 * that refresh, so a burst of changes is one refresh per view however fast it comes; views refresh
 * side by side ({@link UiTasks}), not one after the other in the follower's thread. The listener
 * is removed when the view is detached, so closed views leave nothing behind.
 */
public final class LiveUpdates {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** The changes waiting for one view's next refresh; guarded by itself. */
    private static final class Pending {
        private final List<Change> changes = new ArrayList<>();
        private boolean queued;
    }

    private LiveUpdates() {}

    /**
     * @param concerns which changes of the topics alter what the view shows now
     * @param refresh redraws the view in place, given the changes (at least one) since the last refresh
     */
    public static void bind(
            Component view,
            ChangeBroadcaster broadcaster,
            Set<Topic> topics,
            Predicate<Change> concerns,
            Consumer<List<Change>> refresh) {
        bind(view, broadcaster, topics, concerns, refresh, true);
    }

    /** The same for every change of the topics, without the notice: for screens that follow someone else's moves, such as the slides. */
    public static void bindQuietly(
            Component view, ChangeBroadcaster broadcaster, Set<Topic> topics, Consumer<List<Change>> refresh) {
        bind(view, broadcaster, topics, change -> true, refresh, false);
    }

    private static void bind(
            Component view,
            ChangeBroadcaster broadcaster,
            Set<Topic> topics,
            Predicate<Change> concerns,
            Consumer<List<Change>> refresh,
            boolean withNotice) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Pending pending = new Pending();
            Runnable unregister = broadcaster.register(topics, changes -> {
                synchronized (pending) {
                    pending.changes.addAll(changes);
                    if (pending.queued) {
                        return;
                    }
                    pending.queued = true;
                }
                UiTasks.access(ui, () -> {
                    List<Change> batch;
                    synchronized (pending) {
                        batch = pending.changes.stream().filter(concerns).toList();
                        pending.changes.clear();
                        pending.queued = false;
                    }
                    if (!batch.isEmpty()) {
                        refresh.accept(batch);
                        ChangeBroadcaster.refreshed(batch.getLast());
                        if (withNotice) {
                            notice(view, batch);
                        }
                    }
                });
            });
            view.addDetachListener(detach -> {
                unregister.run();
                detach.unregisterListener();
            });
        });
    }

    /** "Ny prognos för Barn- och ungdomsvård, 14:32", or "3 ändringar — …" for several. */
    static String noticeText(Component view, List<Change> changes) {
        Change last = changes.getLast();
        String what = view.getTranslation(last.summary());
        String time = TIME.format(last.at());
        String text = last.scope() == null
                ? view.getTranslation("live.notice", what, time)
                : view.getTranslation("live.notice.scoped", what, last.scope().name(), time);
        return changes.size() == 1 ? text : view.getTranslation("live.changes", changes.size()) + " — " + text;
    }

    private static void notice(Component view, List<Change> changes) {
        Notification notification =
                Notification.show(noticeText(view, changes), 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notification.addClassName("live-notice");
    }
}
