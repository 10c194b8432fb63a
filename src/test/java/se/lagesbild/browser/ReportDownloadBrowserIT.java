package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The controller freezes the delårsrapport of August 2021 on Nämndmöte in the production jar and
 * downloads its Word file from the version's stable address with the browser's session: the file's
 * one footer, on every page (no other first-page or even-page footer), holds the version's stamp and
 * the page fields; signed out, the address leads to the login.
 */
class ReportDownloadBrowserIT {

    @Test
    void theFrozenVersionsDocxCarriesItsStampInEveryPagesFooter() throws Exception {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "rapporter?period=2021-08");
            browser.await("return !!document.querySelector('.version-name input')", Duration.ofSeconds(60));
            var name = browser.driver.findElement(By.cssSelector(".version-name input"));
            name.sendKeys("Delårsrapport 2 2021 (IT)", Keys.TAB);
            browser.driver
                    .findElement(By.cssSelector("vaadin-button.freeze-button"))
                    .click();
            browser.await(
                    "return [...document.querySelectorAll('a.download-docx')].length > 0", Duration.ofSeconds(60));
            String href = (String) browser.script("return document.querySelector('a.download-docx').href");
            assertThat(href).matches(".*/rapport/version/\\d+\\.docx");
            String cookies = browser.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<byte[]> docx = client.send(
                    HttpRequest.newBuilder(URI.create(href))
                            .header("Cookie", cookies)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            String stamp = "Delårsrapport 2 2021 (IT), fryst " + LocalDate.now();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                assertThat(document.getFooterList()).hasSize(1);
                assertThat(document.getFooterList().getFirst().getText()).contains(stamp);
                var section = document.getDocument().getBody().getSectPr();
                assertThat(section.getFooterReferenceList()).hasSize(1);
                assertThat(section.isSetTitlePg()).isFalse();
                assertThat(document.getSettings().getEvenAndOddHeadings()).isFalse();
            }
            HttpResponse<byte[]> signedOut = client.send(
                    HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(signedOut.statusCode()).isIn(302, 401, 403);
        }
    }
}
