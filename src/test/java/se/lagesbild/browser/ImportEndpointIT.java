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
        HttpResponse<String> unauthorised = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl + "api/import/utfall"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        HttpResponse<String> applied = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl + "api/import/utfall"))
                .header("Authorization", "Bearer demo-import-token").header("X-File-Name", "it.csv")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(applied.body()).contains("\"status\":\"APPLIED\"");
    }
}
