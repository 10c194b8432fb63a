package se.lagesbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored values on the real database: the demo data's recording, Delårsrapport 2 2021's figures
 * among them; a changed value as a new version; failed fetches that store nothing. Tests that write
 * change values nobody else reads (N33009 for Tyresö) and put them back.
 */
@LagesbildTest
class KoladaServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KoladaService service;

    @Autowired
    KoladaRepository repository;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDemoDataHoldsTheReportsKoladaFiguresForTyreso() {
        Map<String, Kpi> byTitle = new java.util.HashMap<>();
        service.chosenKpis().forEach(kpi -> byTitle.put(normalised(kpi.title()), kpi));
        int checked = 0;
        for (Map<String, String> row : ReferenceCsv.read("kolada.csv")) {
            if (!row.get("scope").equals("Tyresö") || !row.get("value_type").equals("actual")) {
                continue;
            }
            Kpi kpi = byTitle.get(normalised(row.get("kpi_name")));
            if (kpi == null) {
                continue; // a figure whose Kolada id the report does not give, not in the demo data
            }
            Comparison comparison = service.comparison(kpi);
            int year = comparison.years().indexOf(Integer.parseInt(row.get("year")));
            BigDecimal stored =
                    year < 0 ? null : comparison.series().getFirst().values().get(year);
            String expected = row.get("value");
            assertThat(stored == null ? null : stored.toPlainString())
                    .as("%s %s", kpi.id(), row.get("year"))
                    .isEqualTo(expected.isEmpty() ? null : expected);
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void theGroupsAreTheUnweightedMeansTheReportComparesWith() {
        Comparison n30001 = comparison("N30001");
        assertThat(n30001.series().getFirst().name()).isEqualTo("Tyresö");
        assertThat(valueOf(n30001, "GDEMO1", 2020)).isEqualByComparingTo("17");
        assertThat(valueOf(n30001, "0000", 2020)).isEqualByComparingTo("0");
        assertThat(valueOf(comparison("N31807"), "GDEMO2", 2020)).isEqualByComparingTo("2.2");
        assertThat(comparison("N31807").genders())
                .extracting(Comparison.Series::placeId)
                .containsExactly("K", "M");
        assertThat(service.lastSuccessfulFetch()).isPresent();
    }

    @Test
    void aValueKoladaChangesIsStoredAsANewVersionAndReadAsTheLatest() {
        BigDecimal before = valueOf(comparison("N33009"), "0138", 2020);
        int versions = repository.versions("N33009", "0138", 2020, "T");

        KoladaFetch changed = service.fetch(demoWith("N33009", "0138", 2020, before.add(BigDecimal.ONE)), "test");

        assertThat(changed.succeeded()).isTrue();
        assertThat(changed.newVersions()).isEqualTo(1);
        assertThat(repository.versions("N33009", "0138", 2020, "T")).isEqualTo(versions + 1);
        assertThat(valueOf(comparison("N33009"), "0138", 2020)).isEqualByComparingTo(before.add(BigDecimal.ONE));

        KoladaFetch same = service.fetch(demoWith("N33009", "0138", 2020, before.add(BigDecimal.ONE)), "test");
        assertThat(same.newVersions()).isZero();

        service.fetch(demoWith("N33009", "0138", 2020, before), "test");
        assertThat(repository.versions("N33009", "0138", 2020, "T")).isEqualTo(versions + 2);
        assertThat(valueOf(comparison("N33009"), "0138", 2020)).isEqualByComparingTo(before);
    }

    @Test
    void theKommunsEnheterComeFromOudataForAKeyFigureKoladaHasUnitValuesOf() {
        try {
            assertThat(KoladaRecordings.fetchWithUnits(service).succeeded()).isTrue();

            Comparison hme = comparison("U30200");
            assertThat(hme.units())
                    .extracting(Comparison.Series::name)
                    .containsExactly("Barn- och ungdomsenheten", "Vuxenenheten");
            assertThat(hme.units().getFirst().values().get(hme.years().indexOf(2018)))
                    .isEqualByComparingTo("84");
        } finally {
            KoladaRecordings.fetchDemo(service);
        }
        assertThat(comparison("U30200").units()).isEmpty();
    }

    @Test
    void theDatabaseRefusesChangingOrDeletingWhatWasFetched() {
        for (String sql : List.of(
                "update kolada_value set value = 1 where kpi_id = 'N31001'",
                "delete from kolada_value where kpi_id = 'N31001'",
                "update kolada_kpi set title = 'x' where id = 'N31001'",
                "delete from kolada_place where id = '0138'",
                "delete from kolada_fetch",
                "insert into kolada_value (kpi_id, place_id, year, gender, version, fetch_id)"
                        + " values ('N31001', '0138', 2020, 'X', 1, 1)")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(RuntimeException.class);
        }
        assertThat(valueOf(comparison("N31001"), "0138", 2020)).isEqualByComparingTo("812");
    }

    @Test
    void aServerThatKeepsFailingStoresNothingAndKeepsTheValues() {
        BigDecimal before = valueOf(comparison("N31001"), "0138", 2020);
        try (KoladaServer kolada = new KoladaServer()) {
            kolada.answer("kpi", KoladaServer.Answer.status(500));

            KoladaFetch fetch = service.fetch(new HttpKoladaSource(kolada.settings()), "test");

            assertThat(fetch.outcome()).isEqualTo(KoladaFetch.Outcome.UNREACHABLE);
            assertThat(kolada.requests).hasSize(3);
        }
        assertThat(service.lastFetch()).map(KoladaFetch::outcome).contains(KoladaFetch.Outcome.UNREACHABLE);
        assertThat(valueOf(comparison("N31001"), "0138", 2020))
                .isEqualByComparingTo(before)
                .isEqualByComparingTo("812");
    }

    @Test
    void aMalformedAnswerPartWayStoresNothingOfTheFetch() {
        BigDecimal before = valueOf(comparison("N33009"), "0138", 2020);
        int versions = repository.versions("N33009", "0138", 2020, "T");
        RecordedKoladaSource recording = RecordedKoladaSource.fromResource(KoladaService.DEMO_RECORDING);
        String changedFirstChunk = demoWith("N33009", "0138", 2020, before.add(BigDecimal.TEN))
                .get(URI.create("https://api.kolada.se/v3/" + dataPath(false)));
        try (KoladaServer kolada = new KoladaServer()) {
            for (String path : List.of("kpi", "municipality", "municipality_groups")) {
                kolada.answer(path, recording.get(URI.create("https://api.kolada.se/v3/" + path)));
            }
            kolada.answer(dataPath(false), changedFirstChunk);
            kolada.answer(dataPath(true), "{\"values\": [{\"kpi\": \"N30001\", \"period\": 2020}]}");

            KoladaFetch fetch = service.fetch(new HttpKoladaSource(kolada.settings()), "test");

            assertThat(fetch.outcome()).isEqualTo(KoladaFetch.Outcome.MALFORMED);
            assertThat(kolada.requests).hasSize(5);
        }
        assertThat(repository.versions("N33009", "0138", 2020, "T")).isEqualTo(versions);
        assertThat(valueOf(comparison("N33009"), "0138", 2020)).isEqualByComparingTo(before);
    }

    @Test
    void withoutANetworkTheFetchFailsQuietlyAndOnlyControllersMayFetch() {
        // the tests' base URL is a closed local port: Kolada cannot be reached
        KoladaFetch fetch = service.refresh("controller");
        assertThat(fetch.outcome()).isEqualTo(KoladaFetch.Outcome.UNREACHABLE);
        assertThat(valueOf(comparison("N30001"), "0138", 2018)).isEqualByComparingTo("20.4");
        assertThatThrownBy(() -> service.refresh("ledning")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.choose(List.of("N30001"), List.of("0000"), "namnd"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Comparison comparison(String kpi) {
        return service.comparison(service.chosenKpis().stream()
                .filter(k -> k.id().equals(kpi))
                .findFirst()
                .orElseThrow());
    }

    private static BigDecimal valueOf(Comparison comparison, String place, int year) {
        Comparison.Series series = comparison.series().stream()
                .filter(s -> s.placeId().equals(place))
                .findFirst()
                .orElseThrow();
        return series.values().get(comparison.years().indexOf(year));
    }

    private static String normalised(String title) {
        return title.replace("vård dygn", "vårddygn").replaceAll("\\s+", " ").trim();
    }

    /** The demo data's data path: the first 25 places, or the rest. */
    private static String dataPath(boolean rest) {
        return "data/kpi/N30001,N30005,N31001,N31807,N33009,N33101,U30200/municipality/"
                + (rest
                        ? "0191,0192"
                        : "0000,0114,0115,0117,0120,0123,0125,0126,0127,0128,0136,0138,0139,0140,0160,0162,0163,0180,"
                                + "0181,0182,0183,0184,0186,0187,0188");
    }

    /** The demo data's recording with one total value changed. */
    private static KoladaSource demoWith(String kpi, String place, int year, BigDecimal value) {
        RecordedKoladaSource recording = RecordedKoladaSource.fromResource(KoladaService.DEMO_RECORDING);
        return new KoladaSource() {
            @Override
            public URI baseUrl() {
                return recording.baseUrl();
            }

            @Override
            public String get(URI uri) {
                String body = recording.get(uri);
                if (!uri.getPath().contains("/data/")) {
                    return body;
                }
                JsonNode answer = JSON.readTree(body);
                for (JsonNode entry : answer.path("values")) {
                    if (entry.path("kpi").asString().equals(kpi)
                            && entry.path("municipality").asString().equals(place)
                            && entry.path("period").asInt() == year) {
                        ((ObjectNode) entry.path("values").get(0)).put("value", value);
                    }
                }
                return answer.toString();
            }
        };
    }
}
