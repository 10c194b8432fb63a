package se.lagesbild.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons the app shows: Vaadin's icons, drawn from one small sprite
 * ({@code META-INF/resources/icons/vaadin-icons.svg}, 18 symbols, 2 kB compressed) instead of Vaadin's
 * whole icon set, which {@code VaadinIcon.create()} pulls into the first visit (56 kB compressed). A new
 * icon: copy its {@code <g id="vaadin:…">} from {@code @vaadin/icons} into the sprite as a symbol and name
 * it here.
 */
public enum AppIcon {
    BOOK,
    BULLSEYE,
    CALENDAR,
    CHART_GRID,
    CHECK_SQUARE_O,
    DASHBOARD,
    FOLDER_OPEN,
    KEY,
    LIST_OL,
    MONEY,
    PRESENTATION,
    RECORDS,
    REFRESH,
    SCALE,
    SIGN_OUT,
    SITEMAP,
    UPLOAD,
    USERS;

    static final String SPRITE = "icons/vaadin-icons.svg";

    /** The sprite's symbol: the Vaadin icon's name ("check-square-o"). */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SvgIcon create() {
        SvgIcon icon = new SvgIcon(SPRITE, symbol());
        icon.addClassName("app-icon");
        return icon;
    }
}
