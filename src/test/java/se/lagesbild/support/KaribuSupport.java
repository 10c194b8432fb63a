package se.lagesbild.support;

import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.ClassUtils;

/**
 * Browserless UI tests (Karibu): the real views and services on a test database, signed in as
 * {@link #defaultUser()} unless a test calls {@link #login}. {@link KaribuTest} runs on the demo
 * database, {@link EmptyDatabaseKaribuTest} on an empty one.
 */
public abstract class KaribuSupport {

    private static final Map<Set<Class<? extends HasErrorParameter<?>>>, Routes> ROUTES =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    private ApplicationContext context;

    private MockSpringServlet servlet;
    /** The UI the test began with (its browser). */
    private static UI firstUI;
    /** The UIs of {@link #openAnotherUI}, each in a browser (session) of its own; one test at a time. */
    private static final List<UI> otherUIs = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUpVaadin() {
        servlet = new MockSpringServlet(ROUTES.computeIfAbsent(errorViews(), KaribuSupport::routes), context, UI::new);
        MockVaadin.setup(UI::new, servlet);
        firstUI = UI.getCurrent();
        login(defaultUser());
    }

    /**
     * The error views of the test's routes: Karibu's, which throw, so that a test meeting one fails
     * (a test of an error view of the application's own names it here instead).
     */
    protected Set<Class<? extends HasErrorParameter<?>>> errorViews() {
        return Set.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class);
    }

    /** Who is signed in when a test starts. */
    protected abstract String defaultUser();

    /**
     * Signs a user in (on the demo database: ledning, controller, enhetschef, namnd, admin), as the login would: the
     * security context of the session and the request's principal and roles, which Vaadin's view
     * access control reads. Navigate after this.
     */
    protected void login(String username) {
        Authentication authentication = SignedIn.as(context, username);
        SecurityContext session = SecurityContextHolder.createEmptyContext();
        session.setAuthentication(authentication);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, session);
        jakarta.servlet.ServletRequest wrapped =
                VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (wrapped instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) wrapped;
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void tearDownVaadin() {
        // the other browsers' UIs are detached (as a closed tab's), then the first browser's session ends
        for (UI other : otherUIs) {
            CurrentInstance.setCurrent(other);
            MockVaadin.INSTANCE.closeCurrentUI(true);
        }
        otherUIs.clear();
        CurrentInstance.setCurrent(firstUI);
        MockVaadin.tearDown();
    }

    /**
     * The application's views and layouts, package-private ones included (Karibu's own discovery
     * sees only public classes), with {@code errorViews}: by default the application's error views are left
     * out, so that a failing view fails its test instead of showing the error page.
     */
    private static Routes routes(Set<Class<? extends HasErrorParameter<?>>> errorViews) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.lagesbild")) {
            views.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                    .asSubclass(Component.class));
        }
        return new Routes(views, errorViews, true);
    }

    /** Navigates to a route with query parameters, as a link with {@code ?name=value…} would. */
    protected static void navigate(String route, String... nameValuePairs) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        UI.getCurrent().navigate(route, new QueryParameters(parameters));
    }

    /**
     * Opens another browser (a new session on the same servlet, signed in as the default user) with its
     * UI and makes it the current one; {@link #switchTo} switches between the UIs. Karibu's public
     * setup does this, so the test needs none of its internals.
     */
    protected UI openAnotherUI() {
        MockVaadin.setup(UI::new, servlet);
        login(defaultUser());
        UI other = UI.getCurrent();
        otherUIs.add(other);
        return other;
    }

    /**
     * Switches the UI language as the top bar's choice does: the choice, kept for the session, then
     * the page reloads (a new UI in the same session).
     */
    protected static void chooseLanguage(java.util.Locale language) {
        se.lagesbild.base.ui.LanguageSettings.choose(VaadinSession.getCurrent(), language);
        UI.getCurrent().getPage().reload();
    }

    /** Makes a UI opened before (in this or another browser) the current one, with its session. */
    protected static void switchTo(UI ui) {
        CurrentInstance.setCurrent(ui);
    }

    /**
     * Runs what the server pushed to this UI (UI.access tasks) until {@code condition} holds, at most 5 s.
     * Polled on the test's thread, where the UI and its session are current.
     */
    protected static void awaitPush(java.util.function.BooleanSupplier condition) {
        await().alias("the change reaching the view")
                .atMost(Duration.ofSeconds(5))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    // what the server pushed to the other browsers' UIs, too
                    for (UI other : java.util.stream.Stream.concat(
                                    java.util.stream.Stream.of(firstUI), otherUIs.stream())
                            .toList()) {
                        if (other.getSession() != null && other.getSession() != VaadinSession.getCurrent()) {
                            MockVaadin.runUIQueue(false, other.getSession());
                        }
                    }
                    MockVaadin.clientRoundtrip(false);
                    return condition.getAsBoolean();
                });
    }
}
