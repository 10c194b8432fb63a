package se.lagesbild.kolada;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers recorded from Kolada's API v3, replayed: the demo data's values go through the same client
 * and storage as a real fetch. The recording is one JSON file: {@code {"base_url": "…", "responses":
 * [{"path": "kpi/N30001", "body": {…the v3 answer…}}, …]}}, each path relative to the base URL (with
 * its query, if any). A request that was not recorded is unreachable.
 */
final class RecordedKoladaSource implements KoladaSource {

    private final URI baseUrl;
    private final Map<String, String> bodies = new HashMap<>();

    private RecordedKoladaSource(JsonNode recording) {
        String base = recording.path("base_url").asString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        for (JsonNode response : recording.path("responses")) {
            bodies.put(response.path("path").asString(), response.path("body").toString());
        }
    }

    /** The recording in a resource of the class path. */
    static RecordedKoladaSource fromResource(String resource) {
        try (InputStream in = RecordedKoladaSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No recording " + resource);
            }
            return new RecordedKoladaSource(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public String get(URI uri) {
        String path = baseUrl.relativize(uri).toString();
        String body = bodies.get(path);
        if (body == null) {
            throw new KoladaException(KoladaException.Reason.UNREACHABLE, "Not recorded: " + path);
        }
        return body;
    }
}
