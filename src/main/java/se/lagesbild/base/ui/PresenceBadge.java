package se.lagesbild.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import se.lagesbild.live.Presence;

/**
 * "3 tittar nu": how many people look at a view (a view key of {@link Presence}) over every app
 * node, updated as they come and go. A joining badge also counts its own UI as a viewer while it is
 * attached; a watching one only shows the number (a presenter counting followers, say).
 */
public class PresenceBadge extends Span {

    private final Presence presence;
    private final boolean joins;
    private String viewKey;
    private Registration joined;
    private Registration watched;

    /** A badge that counts its own UI among the viewers of {@code viewKey} (null: none yet). */
    public static PresenceBadge joining(Presence presence, String viewKey) {
        return new PresenceBadge(presence, viewKey, true);
    }

    /** A badge that only shows how many view {@code viewKey}. */
    public static PresenceBadge watching(Presence presence, String viewKey) {
        return new PresenceBadge(presence, viewKey, false);
    }

    private PresenceBadge(Presence presence, String viewKey, boolean joins) {
        this.presence = presence;
        this.joins = joins;
        this.viewKey = viewKey;
        addClassName("presence-badge");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("title", getTranslation("presence.tooltip"));
    }

    /** Shows (and, if joining, counts this UI for) another view key from now on. */
    public void setViewKey(String viewKey) {
        if (!java.util.Objects.equals(viewKey, this.viewKey)) {
            this.viewKey = viewKey;
            getUI().ifPresent(ui -> {
                release();
                follow(ui);
            });
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        follow(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        release();
    }

    private void follow(UI ui) {
        if (viewKey == null) {
            return;
        }
        if (joins) {
            joined = presence.join(viewKey, ui);
        }
        watched = presence.onCountChange(viewKey, ui, this::show);
    }

    /** A joining badge counts its own UI even before the other nodes have heard of it. */
    private void show(int count) {
        setText(getTranslation("presence.viewers", joins ? Math.max(count, 1) : count));
    }

    private void release() {
        if (joined != null) {
            joined.remove();
            joined = null;
        }
        if (watched != null) {
            watched.remove();
            watched = null;
        }
    }
}
