package se.lagesbild.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser's first visit gets over the wire (docs/performance.md): the page and Lumo's stylesheet
 * compressed, the bundle's scripts served compressed and kept for a year, since their names change with
 * their content; a file that is not there is not kept.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lagesbild.embedded-db.directory=target/test-mariadb-first-visit",
            "lagesbild.embedded-db.fresh=true",
            // the committed production bundle (target/classes), as the jar serves it: no dev server
            "vaadin.productionMode=true"
        })
class FirstVisitResponsesTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageAndLumoAreCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("<html");

        HttpResponse<byte[]> lumo = get("/lumo/lumo.css");
        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(lumo.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String css = gunzip(lumo.body());
        // about 234 kB of CSS travel as under a fifth of that
        assertThat(lumo.body().length).isLessThan(css.length() / 5);
    }

    @Test
    void theBundlesScriptsAreCompressedAndKeptForAYear() throws Exception {
        String page = gunzip(get("/login").body());
        Matcher script = Pattern.compile("VAADIN/build/[\\w.-]+\\.js").matcher(page);
        assertThat(script.find()).as("the page names the bundle's entry script").isTrue();
        HttpResponse<byte[]> bundle = get("/" + script.group());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValue(StaticCaching.IMMUTABLE);

        HttpResponse<byte[]> missing = get("/VAADIN/build/no-such-file-123.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().allValues("Cache-Control")).doesNotContain(StaticCaching.IMMUTABLE);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip, deflate, br")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
