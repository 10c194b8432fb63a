package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;

/**
 * The application over HTTP, with single sign-on configured for an identity provider that is never
 * called: every route and endpoint refuses an anonymous request, the OIDC login entry leads to the
 * provider, the headers are set, and repeated failed logins lock the user.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lagesbild.embedded-db.directory=target/test-mariadb-web",
            "lagesbild.embedded-db.fresh=true",
            // the committed production bundle (target/classes), as the jar serves it: no dev server
            "vaadin.productionMode=true",
            "spring.security.oauth2.client.registration.kommun.client-id=lagesbild",
            "spring.security.oauth2.client.registration.kommun.client-secret=hemligt",
            "spring.security.oauth2.client.registration.kommun.client-name=kommunens konto",
            "spring.security.oauth2.client.registration.kommun.scope=openid,profile,email",
            "spring.security.oauth2.client.registration.kommun.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.kommun.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.kommun.authorization-uri=https://idp.kommun.example/auth",
            "spring.security.oauth2.client.provider.kommun.token-uri=https://idp.kommun.example/token",
            "spring.security.oauth2.client.provider.kommun.jwk-set-uri=https://idp.kommun.example/jwks",
            "spring.security.oauth2.client.provider.kommun.user-info-uri=https://idp.kommun.example/userinfo",
            "spring.security.oauth2.client.provider.kommun.user-name-attribute=preferred_username"
        })
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyRouteAndEndpointRefusesAnAnonymousRequest() throws Exception {
        List<String> routes = routes();
        assertThat(routes)
                .contains(
                        "",
                        "ekonomi",
                        "utredningar",
                        "mal",
                        "mal/registrera",
                        "admin/anvandare",
                        "admin/granskning",
                        "admin/api-nycklar");
        for (String route : routes) {
            HttpResponse<String> response = get(route);
            assertThat(response.statusCode()).as(route).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(route)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        // an address that is no route asks for a sign-in too (signed in, Vaadin says in Swedish that it does not exist)
        HttpResponse<String> unknown = get("finns-inte");
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        for (String kind : List.of("utfall", "budget", "prognos")) {
            HttpResponse<String> post = send(HttpRequest.newBuilder(url("api/import/" + kind))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("x")));
            assertThat(post.statusCode()).as(kind).isEqualTo(401);
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(url("api/import/" + kind))
                    .header("Authorization", "Bearer fel-nyckel")
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("x")));
            assertThat(wrong.statusCode()).as(kind).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain("Exception", "at se.", "select ");
        }
        assertThat(get("login").statusCode()).isEqualTo(200);
    }

    @Test
    void theSingleSignOnEntryLeadsToTheIdentityProviderAndTheLoginViewOffersIt() throws Exception {
        HttpResponse<String> entry = get("oauth2/authorization/kommun");
        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .startsWith("https://idp.kommun.example/auth?")
                        .contains("client_id=lagesbild")
                        .contains("scope=openid%20profile%20email"));
    }

    @Test
    void theResponsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("login");
        assertThat(login.headers().map()).as("headers").containsKey("Content-Security-Policy");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // plain HTTP: no HSTS (it is sent behind TLS)
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void fiveFailedLoginsLockTheUserAndEveryAttemptIsAudited() throws Exception {
        assertThat(login("namnd", "namnd-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        for (int i = 0; i < LoginThrottle.MAX_NAME_FAILURES; i++) {
            assertThat(login("namnd", "fel-lösenord").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(login("namnd", "namnd-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.sql("select kind from audit_event where username = 'namnd' and kind like 'LOGIN%' order by id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "LOGIN_SUCCESS",
                        "LOGIN_FAILURE",
                        "LOGIN_FAILURE",
                        "LOGIN_FAILURE",
                        "LOGIN_FAILURE",
                        "LOGIN_FAILURE",
                        "LOGIN_FAILURE");
    }

    @Test
    void aNameNoUserHasIsThrottledTooAndTheAnswersDoNotTellWhetherAUserExists() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_NAME_FAILURES; i++) {
            assertThat(login("ingen-sadan", "fel-lösenord").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        HttpResponse<String> unknownLocked = login("ingen-sadan", "fel-lösenord");
        HttpResponse<String> wrongPassword = login("ledning", "fel-lösenord");
        assertThat(unknownLocked.headers().firstValue("Location"))
                .isEqualTo(wrongPassword.headers().firstValue("Location"));
        assertThat(unknownLocked.body()).isEqualTo(wrongPassword.body());
        assertThat(jdbc.sql("select what from audit_event where username = 'ingen-sadan' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .as("the admin's audit log tells")
                .isEqualTo("Misslyckad inloggning: LockedException");

        // nor does the time: a locked or unknown name costs one password check, as a user's wrong password does
        assertThat(passwordChecks("ingen-sadan"))
                .as("bcrypt checks for an unknown, locked name")
                .isEqualTo(1);
        assertThat(passwordChecks("admin"))
                .as("bcrypt checks for a user's wrong password")
                .isEqualTo(1);
        long unknown = medianMillis(() -> login("ingen-sadan", "fel-lösenord"));
        long user = medianMillis(() -> login("admin", "fel-lösenord"));
        System.out.printf(
                "LOGIN refusal: unknown locked name %d ms, user with a wrong password %d ms (median of 3)%n",
                unknown, user);
    }

    @Test
    void aCrossSiteLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNoOneIn() throws Exception {
        long successes = loginSuccesses("controller");
        HttpClient attacker = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        // the attacker's page posts the form from elsewhere: no token (a session of its own does not help)
        attacker.send(HttpRequest.newBuilder(url("login")).build(), HttpResponse.BodyHandlers.ofString());
        for (String form : List.of(
                "username=controller&password=controller-demo",
                "username=controller&password=controller-demo&_csrf=forged")) {
            HttpResponse<String> post = attacker.send(
                    HttpRequest.newBuilder(url("login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "https://evil.example")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(form).isEqualTo(403);
        }
        assertThat(loginSuccesses("controller")).as("no one signed in").isEqualTo(successes);
        // the login view's own post (with the token its page carries) signs in
        assertThat(login("controller", "controller-demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(loginSuccesses("controller")).isEqualTo(successes + 1);
    }

    @Test
    void aForgedHostHeaderIsNeverRedirectedTo() throws Exception {
        for (String path : List.of("/ekonomi", "/", "/admin/anvandare")) {
            String answer = rawGet(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 302");
            String location = answer.lines()
                    .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst()
                    .orElseThrow();
            assertThat(location).as(path).doesNotContain("evil.example").endsWith("/login");
        }
    }

    /** A GET with the Host header as given (HttpClient does not let one set it): the answer's status and headers. */
    private String rawGet(String path, String host) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            return end < 0 ? all : all.substring(0, end);
        }
    }

    private long loginSuccesses(String username) {
        return jdbc.sql("select count(*) from audit_event where username = ? and kind = 'LOGIN_SUCCESS'")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Autowired
    DatabaseUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    /** How many times the login checks a password (bcrypt) to refuse {@code username} with a wrong one. */
    private int passwordChecks(String username) {
        int[] checks = {0};
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks[0]++;
                return encoder.matches(raw, encoded);
            }
        };
        ThrottledLogin login = new ThrottledLogin(users, counting, throttle);
        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken(username, "fel-lösenord")))
                .isInstanceOf(AuthenticationException.class);
        return checks[0];
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static long medianMillis(Attempt attempt) throws Exception {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            attempt.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    /** Posts the login form as the login view does: with the CSRF token the page carries, in its session. */
    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        String page = browser.send(HttpRequest.newBuilder(url("login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(url("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(response.headers().map().toString())
                .isEqualTo(302);
        return response;
    }

    private static List<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> routes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.lagesbild")) {
            Route route = ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                    .getAnnotation(Route.class);
            if (!route.value().equals(se.lagesbild.security.ui.LoginView.PATH)) {
                routes.add(route.value());
            }
        }
        return routes;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
