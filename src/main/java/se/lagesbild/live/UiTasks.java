package se.lagesbild.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs work in UIs without holding up the thread that hands it out. {@link UI#access} runs the task
 * at once in the calling thread when the session is free, so a follower that called it for every
 * open view would refresh them one after the other, and one slow view would delay the rest; here
 * each view's task starts on a virtual thread of its own and views refresh side by side.
 */
public final class UiTasks {

    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    private UiTasks() {}

    /** {@code ui.access(command)}, soon; nothing when the UI has gone meanwhile. */
    public static void access(UI ui, Command command) {
        EXECUTOR.execute(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException e) {
                // the UI closed: its detach listeners remove its registrations
            }
        });
    }
}
