package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.lagesbild.base.AppSettings;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.live.Presence;

/**
 * The frame around every view: the Lägesbild name, the demo-data marker, how many look at the
 * view now, the language choice, the signed-in user with "Logga ut", and the navigation
 * (administration only for those who may use it). The navigation keeps the period the user is
 * looking at.
 */
@PermitAll
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<SideNavItem> items;
    private final PresenceBadge presence;

    /** The id of the view's content, the skip link's target. */
    public static final String MAIN_CONTENT = "main-content";

    public MainLayout(
            AppSettings settings, Presence presence, NavigationAccess access, AuthenticationContext authentication) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(skipLink(), ComponentTexts.drawerToggle(new DrawerToggle()), title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        if (settings.isDemo()) {
            Span demo = new Span(getTranslation("app.demo"));
            demo.addClassName("demo-marker");
            demo.getElement().setAttribute("title", getTranslation("app.demo.tooltip"));
            bar.add(demo);
        }
        Span spacer = new Span();
        this.presence = PresenceBadge.joining(presence, null);
        String user = CurrentUser.name();
        Span signedIn = new Span(getTranslation("security.signedIn", user));
        signedIn.addClassName("signed-in-user");
        Button logout =
                new Button(getTranslation("security.logout"), AppIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        bar.add(spacer, this.presence, signedIn, logout, languageSelect());
        bar.setFlexGrow(1, spacer);
        bar.addClassName("app-bar");
        addToNavbar(bar);

        List<SideNavItem> all = new ArrayList<>(List.of(
                item("nav.overview", "", AppIcon.DASHBOARD),
                item("nav.economy", "ekonomi", AppIcon.MONEY),
                item("nav.investigations", "utredningar", AppIcon.FOLDER_OPEN),
                item("nav.goals", "mal", AppIcon.CHART_GRID),
                item("nav.comparisons", "jamforelser", AppIcon.SCALE),
                item("nav.reports", "rapporter", AppIcon.PRESENTATION)));
        if (access.mayAdminister(user) || access.mayImport(user)) {
            all.add(item("nav.gettingStarted", SetupRoutes.GETTING_STARTED, AppIcon.CHECK_SQUARE_O));
        }
        if (access.mayAdminister(user)) {
            all.add(item("nav.admin.users", "admin/anvandare", AppIcon.USERS));
            all.add(item("nav.admin.tokens", "admin/api-nycklar", AppIcon.KEY));
        }
        if (access.mayReadAudit(user)) {
            all.add(item("nav.admin.audit", "admin/granskning", AppIcon.RECORDS));
        }
        List<SideNavItem> structure = access.mayEditStructure(user)
                ? List.of(
                        item("nav.structure.organisation", "struktur/organisation", AppIcon.SITEMAP),
                        item("nav.structure.costTypes", "struktur/kostnadsslag", AppIcon.LIST_OL),
                        item("nav.structure.kontoplan", SetupRoutes.KONTOPLAN, AppIcon.BOOK),
                        item("nav.structure.goals", "struktur/mal", AppIcon.BULLSEYE),
                        item("nav.structure.years", "struktur/ar", AppIcon.CALENDAR))
                : List.of();
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        all.forEach(nav::addItem);
        addToDrawer(nav);
        if (!structure.isEmpty()) {
            // Struktur as a labelled group of its own (a heading, no expand toggle to operate)
            SideNav structureNav = new SideNav(getTranslation("nav.structure"));
            structureNav.addClassName("nav-structure");
            structure.forEach(structureNav::addItem);
            addToDrawer(structureNav);
        }
        items = java.util.stream.Stream.concat(all.stream(), structure.stream()).toList();
        setPrimarySection(Section.DRAWER);
        ComponentTexts.appLayout(this);
    }

    /**
     * "Hoppa till innehållet" (WCAG 2.4.1): the first stop of the tab order, shown when it has focus;
     * it moves focus to the view's content without changing the URL (the router would navigate).
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("app.skipToContent"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) { main.focus(); } })",
                        MAIN_CONTENT);
        return skip;
    }

    /** The view's content is the skip link's target: focusable by script only, not a tab stop. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", MAIN_CONTENT);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    private SideNavItem item(String key, String path, AppIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }

    private Component languageSelect() {
        Select<Locale> select = new Select<>();
        select.setItems(LanguageSettings.LANGUAGES);
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setValue(LanguageSettings.current(VaadinSession.getCurrent()));
        select.setAriaLabel(getTranslation("language.label"));
        select.addClassName("language-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                LanguageSettings.choose(VaadinSession.getCurrent(), e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        QueryParameters period = Periods.from(event.getLocation())
                .map(p -> QueryParameters.of(Periods.PARAM, p.toString()))
                .orElse(QueryParameters.empty());
        items.forEach(item -> item.setQueryParameters(period));
        presence.setViewKey(viewKey(event.getLocation().getPath()));
    }

    /** The presence key of a view: its route, whatever period or drill-down it shows. */
    static String viewKey(String path) {
        return "/" + path;
    }
}
