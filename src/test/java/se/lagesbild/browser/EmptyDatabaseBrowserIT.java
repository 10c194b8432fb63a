package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar's first start on an empty database (no demo data, the first admin's password and
 * the first import token set, as the README says): the first admin signs in and lands on the start
 * page with Kom igång, in Swedish, never Vaadin's English "Could not navigate"; an address that does
 * not exist says so in Swedish; the first import token is accepted by the import endpoint at once.
 */
class EmptyDatabaseBrowserIT {

    private static final String PASSWORD = "forsta-admin-losenord";
    private static final String TOKEN = "forsta-importnyckeln-for-skript";

    private static AppUnderTest.EmptyJar app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.startOnEmptyDatabase(
                "--lagesbild.security.initial-admin-password=" + PASSWORD, "--lagesbild.import.initial-token=" + TOKEN);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFirstAdminLandsOnKomIgangInSwedishAndAMissingPageSaysSoInSwedish() {
        try (Browser browser = Browser.openSignedOut()) {
            browser.login(app.baseUrl(), "admin", PASSWORD);
            browser.await(
                    "return document.querySelectorAll('.getting-started-card .checklist-item').length === 6",
                    Duration.ofSeconds(60));
            String page = (String) browser.script("return document.body.innerText");
            assertThat(page)
                    .contains("Kom igång", "0 av 6 steg klara", "Organisation", "Kostnadsslag", "Användare")
                    .doesNotContain("Could not navigate");
            assertThat((String) browser.script("return document.querySelector('h1').textContent"))
                    .startsWith("Läget ");
            assertThat(browser.script("return [...document.querySelectorAll('.getting-started-card .checklist-title')]"
                            + ".map(a => a.getAttribute('href')).join(' ')"))
                    .isEqualTo("struktur/organisation struktur/kostnadsslag ekonomi ekonomi struktur/mal"
                            + " admin/anvandare");
            assertThat(browser.accessibilityViolations())
                    .as("axe-core, start page")
                    .isEmpty();

            // the set-up itself needs no demo loader: Struktur opens on the empty database
            browser.driver.get(app.baseUrl() + "struktur/organisation");
            browser.await(
                    "return document.querySelector('h1')?.textContent === 'Organisation'", Duration.ofSeconds(60));
            assertThat((String) browser.script("return document.body.innerText"))
                    .contains("Importera strukturfil")
                    .doesNotContain("Exception", "Could not navigate");
            assertThat(browser.accessibilityViolations())
                    .as("axe-core, Struktur")
                    .isEmpty();

            browser.driver.get(app.baseUrl() + "ekonomi");
            browser.await("return !!document.querySelector('.setup-notice')", Duration.ofSeconds(60));
            assertThat((String) browser.script("return document.querySelector('.setup-notice').innerText"))
                    .startsWith("Det finns ingen organisation ännu.");
            assertThat(browser.accessibilityViolations())
                    .as("axe-core, Ekonomi")
                    .isEmpty();

            browser.driver.get(app.baseUrl() + "finns-inte");
            browser.await("return !!document.querySelector('.not-found-view')", Duration.ofSeconds(60));
            assertThat((String) browser.script("return document.body.innerText"))
                    .contains("Sidan finns inte", "Det finns ingen sida på adressen /finns-inte")
                    .doesNotContain("Could not navigate");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theFirstImportTokenIsAcceptedAndTheFileRefusedOnlyForTheMissingOrganisation()
            throws IOException, InterruptedException {
        byte[] budget = Files.readAllBytes(Path.of("docs/examples/budget-2022-windows-1252.csv"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> withToken = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/import/budget"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(budget))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(422);
        assertThat(withToken.body()).contains("Okänd verksamhet");
        HttpResponse<String> withoutToken = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/import/budget"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(budget))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(401);
    }
}
