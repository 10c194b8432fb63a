package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The production jar serves the import endpoint beside Vaadin's servlet (Vaadin does not take /api/**). */
class ImportEndpointIT {

    @Test
    void theImportEndpointAnswersJsonInTheProductionJar() throws Exception {
        AppUnderTest app = AppUnderTest.get();
        byte[] file = "År;Månad;Verksamhet;Kostnadsslag;Belopp tkr\r\n2018;1;EKB;RENTS;-1,5\r\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> unauthorised = client.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl + "api/import/utfall"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        HttpResponse<String> applied = client.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl + "api/import/utfall"))
                        .header("Authorization", "Bearer demo-import-token")
                        .header("X-File-Name", "it.csv")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(applied.body()).contains("\"status\":\"APPLIED\"");
    }

    @Test
    void theInvestigationsExportIsImportedThroughTheEndpointAndAPersonnummerIsRefused() throws Exception {
        AppUnderTest app = AppUnderTest.get();
        HttpClient client = HttpClient.newHttpClient();
        String header = "Ärende;Enhet;Målgrupp;Inledd;Avslutad\r\n";
        HttpResponse<String> applied = post(
                client,
                app.baseUrl + "api/import/utredningar",
                "arenden-it.csv",
                header + "IT-U1;VE;vuxna;2018-02-05;2018-04-30\r\n");
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("\"status\":\"APPLIED\"", "\"kind\":\"utredningar\"", "\"added\":1");
        HttpResponse<String> refused = post(
                client,
                app.baseUrl + "api/import/utredningar",
                "pnr-it.csv",
                header + "IT-U2;VE;vuxna;2018-02-05;19811218-9876\r\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"status\":\"REFUSED\"", "\"row\":2", "\"column\":\"Avslutad (E)\"")
                .doesNotContain("9876");
    }

    private static HttpResponse<String> post(HttpClient client, String url, String fileName, String csv)
            throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer demo-import-token")
                        .header("X-File-Name", fileName)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
