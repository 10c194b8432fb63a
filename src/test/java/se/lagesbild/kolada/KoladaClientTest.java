package se.lagesbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KoladaClientTest {

    private final KoladaServer kolada = new KoladaServer();

    @AfterEach
    void stop() {
        kolada.close();
    }

    private KoladaClient client() {
        return new KoladaClient(new HttpKoladaSource(kolada.settings()));
    }

    private static String kpi(String id, String title) {
        return """
                {"id": "%s", "title": "%s", "description": "Definition of %s.", "operating_area": "Individ- och familjeomsorg",
                 "is_divided_by_gender": false, "has_ou_data": false, "municipality_type": "K", "auspices": "E"}""".formatted(id, title, id);
    }

    private static String page(List<String> values, String next) {
        return "{\"values\": [" + String.join(",", values) + "], \"count\": " + values.size()
                + (next == null ? "" : ", \"next_url\": \"${base}/" + next + "\"") + "}";
    }

    @Test
    void aListIsReadAcrossItsPagesByNextUrl() {
        kolada.answer(
                        "kpi",
                        page(
                                List.of(kpi("N30001", "Nettokostnadsavvikelse individ- och familjeomsorg, (%)")),
                                "kpi?page=2"))
                .answer(
                        "kpi?page=2",
                        page(List.of(kpi("N31807", "Invånare med ekonomiskt bistånd, andel (%)")), "kpi?page=3"))
                .answer("kpi?page=3", page(List.of(kpi("N33009", "Kostnad barn- och ungdomsvård, kr/inv")), null));

        List<Kpi> kpis = client().kpis();

        assertThat(kpis).extracting(Kpi::id).containsExactly("N30001", "N31807", "N33009");
        assertThat(kpis.getFirst().operatingArea()).isEqualTo("Individ- och familjeomsorg");
        assertThat(kpis.getFirst().unit()).isEqualTo("%");
        assertThat(kpis.getLast().unit()).isEqualTo("kr/inv");
        assertThat(kolada.paths()).containsExactly("/v3/kpi", "/v3/kpi?page=2", "/v3/kpi?page=3");
    }

    @Test
    void aKpiWhoseFlagsAreNumbersIsReadAsKoladaMeansIt() {
        kolada.answer("kpi/N31807", page(List.of("""
                {"id": "N31807", "title": "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.",
                 "is_divided_by_gender": 1, "has_ou_data": 0, "municipality_type": "K"}"""), null));

        Kpi kpi = client().kpis(List.of("N31807")).getFirst();

        assertThat(kpi.dividedByGender()).isTrue();
        assertThat(kpi.hasOuData()).isFalse();
        assertThat(kpi.unit()).isEqualTo("%");
    }

    @Test
    void twentySixIdsAreAskedForInTwoRequests() {
        List<String> ids =
                IntStream.rangeClosed(1, 26).mapToObj(i -> "N%05d".formatted(i)).toList();
        kolada.answer(
                        "kpi/" + String.join(",", ids.subList(0, 25)),
                        page(
                                ids.subList(0, 25).stream()
                                        .map(id -> kpi(id, "Figure " + id + ", kr"))
                                        .toList(),
                                null))
                .answer("kpi/N00026", page(List.of(kpi("N00026", "Figure N00026, kr")), null));

        List<Kpi> kpis = client().kpis(ids);

        assertThat(kpis).hasSize(26);
        assertThat(kolada.paths()).hasSize(2);
        assertThat(kolada.paths().getLast()).isEqualTo("/v3/kpi/N00026");
    }

    @Test
    void valuesComePerKommunYearAndGender() {
        kolada.answer("data/kpi/N31001/municipality/0000,0138/year/2019,2020", page(List.of("""
                {"kpi": "N31001", "municipality": "0138", "period": 2020,
                 "values": [{"gender": "T", "count": 1, "status": "", "value": 812},
                            {"gender": "K", "count": 1, "status": "", "value": 790.5},
                            {"gender": "M", "count": 1, "status": "Missing", "value": null}]}""", """
                {"kpi": "N31001", "municipality": "0000", "period": 2019,
                 "values": [{"gender": "T", "count": 1, "status": "", "value": 1450}]}"""), null));

        List<KpiValue> values = client().values(List.of("N31001"), List.of("0138", "0000"), List.of(2020, 2019));

        assertThat(values)
                .containsExactly(
                        new KpiValue("N31001", "0138", 2020, "T", new BigDecimal("812"), ""),
                        new KpiValue("N31001", "0138", 2020, "K", new BigDecimal("790.5"), ""),
                        new KpiValue("N31001", "0138", 2020, "M", null, "Missing"),
                        new KpiValue("N31001", "0000", 2019, "T", new BigDecimal("1450"), ""));
    }

    @Test
    void organisationalUnitsAndTheirValuesComeFromOuAndOudata() {
        kolada.answer("ou?municipality=0138", page(List.of("""
                        {"id": "V15E013800101", "title": "Vuxenenheten", "municipality": "0138"}"""), null))
                .answer("oudata/kpi/U30200/ou/V15E013800101/year/2020", page(List.of("""
                        {"kpi": "U30200", "ou": "V15E013800101", "period": 2020,
                         "values": [{"gender": "T", "count": 1, "status": "", "value": 79}]}"""), null));

        KoladaClient client = client();

        assertThat(client.units("0138"))
                .containsExactly(new OrganisationalUnit("V15E013800101", "Vuxenenheten", "0138"));
        assertThat(client.unitValues(List.of("U30200"), List.of("V15E013800101"), List.of(2020)))
                .containsExactly(new KpiValue("U30200", "V15E013800101", 2020, "T", new BigDecimal("79"), ""));
    }

    @Test
    void aTooManyRequestsIsWaitedOutAsRetryAfterSaysThenAnswered() {
        kolada.answer(
                "municipality",
                new KoladaServer.Answer(429, "{}", Map.of("Retry-After", "1")),
                KoladaServer.Answer.ok(
                        page(List.of("{\"id\": \"0138\", \"title\": \"Tyresö\", \"type\": \"K\"}"), null)));

        List<Municipality> municipalities = client().municipalities();

        assertThat(municipalities).containsExactly(new Municipality("0138", "Tyresö", "K"));
        assertThat(kolada.requests).hasSize(2);
        long waited = kolada.requests.get(1).atNanos() - kolada.requests.get(0).atNanos();
        assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aServerErrorIsRetriedThenGivenUpAsUnreachable() {
        kolada.answer("municipality", KoladaServer.Answer.status(500));

        assertThatThrownBy(() -> client().municipalities())
                .isInstanceOf(KoladaException.class)
                .extracting(e -> ((KoladaException) e).reason())
                .isEqualTo(KoladaException.Reason.UNREACHABLE);
        assertThat(kolada.requests).hasSize(3);
    }

    @Test
    void aMalformedBodyIsRefused() {
        kolada.answer("municipality", "<html>Service unavailable</html>");
        kolada.answer("kpi", "{\"count\": 1}");
        kolada.answer(
                "data/kpi/N30001/municipality/0138",
                page(List.of("{\"kpi\": \"N30001\", \"period\": 2020, \"values\": []}"), null));

        for (Runnable call : List.<Runnable>of(
                () -> client().municipalities(),
                () -> client().kpis(),
                () -> client().values(List.of("N30001"), List.of("0138"), List.of()))) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(KoladaException.class)
                    .extracting(e -> ((KoladaException) e).reason())
                    .isEqualTo(KoladaException.Reason.MALFORMED);
        }
    }

    @Test
    void noMoreThanTheAllowedRequestsASecond() {
        kolada.answer("municipality", page(List.of(), null));
        KoladaSettings settings = kolada.settings();
        KoladaSettings polite = new KoladaSettings(
                settings.baseUrl(),
                "-",
                5,
                settings.connectTimeout(),
                settings.requestTimeout(),
                settings.maxAttempts(),
                settings.firstBackoff(),
                settings.maxWait(),
                "0138",
                List.of(),
                List.of());
        KoladaClient client = new KoladaClient(new HttpKoladaSource(polite));

        for (int i = 0; i < 6; i++) {
            client.municipalities();
        }

        long first = kolada.requests.getFirst().atNanos();
        long last = kolada.requests.getLast().atNanos();
        assertThat(Duration.ofNanos(last - first)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void idsThatAreNotKoladasAreNotSent() {
        assertThatThrownBy(() -> client().kpis(List.of("N30001/../x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(kolada.requests).isEmpty();
    }
}
