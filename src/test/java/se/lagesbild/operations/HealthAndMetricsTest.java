package se.lagesbild.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lagesbild.live.ChangeBroadcaster;

/**
 * What the kommun's IT sees over HTTP (docs/operations.md): the load balancer's probes, public and
 * without details (an admin sees them); readiness down while the change-log follower does not read;
 * metrics for the admin role only, with the app's own meters. (The separate management port, where
 * they need no sign-in, is checked by GaleraClusterIT on a production jar.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lagesbild.embedded-db.directory=target/test-mariadb-ops",
            "lagesbild.embedded-db.fresh=true",
            "vaadin.productionMode=true",
            "lagesbild.live.max-follower-lag=2s"
        })
class HealthAndMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    ChangeBroadcaster broadcaster;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void probesArePublicAndShowNoDetails() throws Exception {
        for (String probe : new String[] {"health", "health/liveness", "health/readiness"}) {
            HttpResponse<String> response = get(anonymous(), "/actuator/" + probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body())
                    .as(probe)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components", "db", "changeFollower");
        }
        // an admin sees what readiness is made of
        HttpResponse<String> details = get(signedIn("admin", "admin-demo"), "/actuator/health/readiness");
        assertThat(details.body())
                .contains("\"db\":{\"details\":{\"database\":\"MariaDB\"")
                .contains("\"migrations\":{\"details\":{")
                .contains("\"changeFollower\":{\"details\":{\"lagMillis\":");
    }

    @Test
    void readinessIsDownWhileTheFollowerDoesNotRead() throws Exception {
        broadcaster.stop();
        try {
            HttpResponse<String> response = get(anonymous(), "/actuator/health/readiness");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
            // liveness is unaffected: restarting the node would not help
            assertThat(get(anonymous(), "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
        } finally {
            broadcaster.start();
        }
        assertThat(get(anonymous(), "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedTheAdminRole() throws Exception {
        HttpResponse<String> refused = get(anonymous(), "/actuator/prometheus");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(signedIn("namnd", "namnd-demo"), "/actuator/prometheus").statusCode())
                .isEqualTo(403);

        // the demo's year pack was imported through the same imports: count from what it left
        long before = appliedUtfall(
                get(signedIn("admin", "admin-demo"), "/actuator/prometheus").body());
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import/utfall"))
                        .header("Authorization", "Bearer demo-import-token")
                        .header("Content-Type", "text/csv")
                        .header("X-File-Name", "utfall-2022-03.csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                Files.readAllBytes(Path.of("docs/examples/utfall-2022-03.csv"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> metrics = get(signedIn("admin", "admin-demo"), "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(appliedUtfall(metrics.body())).isEqualTo(before + 1);
        assertThat(metrics.body())
                .contains("lagesbild_live_follower_lag_seconds{")
                .contains("lagesbild_sessions_open{")
                .contains("lagesbild_live_push_latency_seconds_bucket{")
                .containsPattern("lagesbild_cache_gets_total\\{[^}]*cache=\"EconomyService\"")
                .contains("hikaricp_connections_active{");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient anonymous() {
        return http;
    }

    /** A client signed in through the login form, as the login view posts it (with the page's CSRF token). */
    private HttpClient signedIn(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(browser, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    /** How many utfall files have been imported (the import timer's count), from Prometheus' text. */
    private static long appliedUtfall(String metrics) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(
                        "lagesbild_imports_seconds_count\\{[^}]*kind=\"utfall\"[^}]*status=\"APPLIED\"[^}]*} (\\d+)")
                .matcher(metrics);
        assertThat(count.find()).as("the utfall import timer").isTrue();
        return Long.parseLong(count.group(1));
    }
}
