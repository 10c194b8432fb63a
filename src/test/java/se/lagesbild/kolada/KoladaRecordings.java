package se.lagesbild.kolada;

import java.net.URI;

/**
 * Fetches from the demo data's recording in tests of other packages: as recorded, or with the HME
 * key figure (U30200) having values for two of Tyresö's enheter (/ou, /oudata). A test that fetches
 * with the enheter fetches the recording again afterwards.
 */
public final class KoladaRecordings {

    private KoladaRecordings() {}

    /** The demo data's recording fetched again: what it changed is put back. */
    public static KoladaFetch fetchDemo(KoladaService service) {
        return service.fetch(RecordedKoladaSource.fromResource(KoladaService.DEMO_RECORDING), "test");
    }

    /** The recording with U30200's values for Barn- och ungdomsenheten (84 in 2018) and Vuxenenheten (79). */
    public static KoladaFetch fetchWithUnits(KoladaService service) {
        RecordedKoladaSource recording = RecordedKoladaSource.fromResource(KoladaService.DEMO_RECORDING);
        KoladaSource withUnits = new KoladaSource() {
            @Override
            public URI baseUrl() {
                return recording.baseUrl();
            }

            @Override
            public String get(URI uri) {
                String path = recording.baseUrl().relativize(uri).toString();
                return switch (path) {
                    case "kpi" ->
                        recording
                                .get(uri)
                                .replaceFirst("(\\{\"id\":\\s*\"U30200\"[^}]*\"has_ou_data\":\\s*)false", "$1true");
                    case "ou?municipality=0138" -> """
                            {"count": 2, "values": [
                              {"id": "V15E013800201", "title": "Vuxenenheten", "municipality": "0138"},
                              {"id": "V15E013800101", "title": "Barn- och ungdomsenheten", "municipality": "0138"}]}""";
                    case "oudata/kpi/U30200/ou/V15E013800101,V15E013800201" -> """
                            {"count": 2, "values": [
                              {"kpi": "U30200", "ou": "V15E013800101", "period": 2018, "values": [{"gender": "T", "value": 84}]},
                              {"kpi": "U30200", "ou": "V15E013800201", "period": 2018, "values": [{"gender": "T", "value": 79}]}]}""";
                    default -> recording.get(uri);
                };
            }
        };
        return service.fetch(withUnits, "test");
    }
}
