package se.lagesbild.kolada;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kolada's API v3: key figures, kommuner and their groups, organisational units, and values. Every
 * list is read to its end by following {@code next_url}; ids go at most 25 to a path segment (longer
 * lists are split into several requests); an answer that is not in the documented shape is refused
 * as a whole ({@link KoladaException.Reason#MALFORMED}). How requests travel (politeness, retries,
 * timeouts) is the {@link KoladaSource}'s business.
 */
public final class KoladaClient {

    /** Kolada takes at most this many ids in one path segment. */
    static final int MAX_IDS = 25;

    private static final int MAX_PAGES = 1000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final KoladaSource source;

    KoladaClient(KoladaSource source) {
        this.source = source;
    }

    /** Every key figure Kolada describes. */
    public List<Kpi> kpis() {
        return all("kpi", Kpi.class);
    }

    /** The key figures with these ids. */
    public List<Kpi> kpis(Collection<String> ids) {
        List<Kpi> kpis = new ArrayList<>();
        for (String chunk : chunks(ids)) {
            kpis.addAll(all("kpi/" + chunk, Kpi.class));
        }
        return kpis;
    }

    /** Every kommun and region, and riket. */
    public List<Municipality> municipalities() {
        return all("municipality", Municipality.class);
    }

    /** Every group of kommuner, with its members. */
    public List<MunicipalityGroup> municipalityGroups() {
        return all("municipality_groups", MunicipalityGroup.class);
    }

    /** The organisational units of a kommun that have values of their own. */
    public List<OrganisationalUnit> units(String municipality) {
        return all("ou?municipality=" + id(municipality), OrganisationalUnit.class);
    }

    /** The values of the key figures for the kommuner in the years (every year Kolada has when none are given). */
    public List<KpiValue> values(
            Collection<String> kpis, Collection<String> municipalities, Collection<Integer> years) {
        return data("data/kpi/", "/municipality/", kpis, municipalities, years);
    }

    /** The same for organisational units ({@code /oudata}). */
    public List<KpiValue> unitValues(Collection<String> kpis, Collection<String> units, Collection<Integer> years) {
        return data("oudata/kpi/", "/ou/", kpis, units, years);
    }

    private List<KpiValue> data(
            String prefix,
            String placeSegment,
            Collection<String> kpis,
            Collection<String> places,
            Collection<Integer> years) {
        List<String> yearChunks = years.isEmpty()
                ? List.of("")
                : chunks(years.stream().map(String::valueOf).toList()).stream()
                        .map(chunk -> "/year/" + chunk)
                        .toList();
        List<KpiValue> values = new ArrayList<>();
        for (String kpiChunk : chunks(kpis)) {
            for (String placeChunk : chunks(places)) {
                for (String yearChunk : yearChunks) {
                    for (DataEntry entry :
                            all(prefix + kpiChunk + placeSegment + placeChunk + yearChunk, DataEntry.class)) {
                        values.addAll(entry.values(prefix.startsWith("oudata")));
                    }
                }
            }
        }
        return values;
    }

    /** A list read page by page to its end. */
    private <T> List<T> all(String path, Class<T> type) {
        JavaType pageType = JSON.getTypeFactory().constructParametricType(Page.class, type);
        List<T> all = new ArrayList<>();
        Set<URI> asked = new HashSet<>();
        URI next = URI.create(stripSlash(source.baseUrl().toString()) + "/" + path);
        while (next != null) {
            if (!asked.add(next) || asked.size() > MAX_PAGES) {
                throw new KoladaException(
                        KoladaException.Reason.MALFORMED, "Kolada's pages run in a circle at " + next);
            }
            Page<T> page = read(next, pageType);
            for (T item : page.values()) {
                if (item == null) {
                    throw malformed(next, "an empty item", null);
                }
                all.add(item);
            }
            next = page.nextUrl() == null || page.nextUrl().isBlank() ? null : URI.create(page.nextUrl());
        }
        return all;
    }

    private <T> Page<T> read(URI uri, JavaType pageType) {
        String body = source.get(uri);
        Page<T> page;
        try {
            page = JSON.readValue(body, pageType);
        } catch (JacksonException | IllegalArgumentException e) {
            throw malformed(uri, "a body that is not a v3 answer", e);
        }
        if (page == null || page.values() == null) {
            throw malformed(uri, "no values", null);
        }
        return page;
    }

    private static KoladaException malformed(URI uri, String what, Throwable cause) {
        return new KoladaException(KoladaException.Reason.MALFORMED, "Kolada answered " + uri + " with " + what, cause);
    }

    /** The ids, sorted and without repeats, joined by commas at most {@link #MAX_IDS} at a time. */
    static List<String> chunks(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += MAX_IDS) {
            chunks.add(String.join(
                    ",",
                    sorted.subList(i, Math.min(sorted.size(), i + MAX_IDS)).stream()
                            .map(KoladaClient::id)
                            .toList()));
        }
        return chunks;
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a Kolada id: " + id);
        }
        return id;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Every v3 answer: the values of one page, how many, and where the next page is. */
    record Page<T>(
            List<T> values,
            Integer count,
            @JsonProperty("next_url") String nextUrl) {}

    /** One key figure, place and year of {@code /data} or {@code /oudata}, with a value per gender. */
    record DataEntry(String kpi, String municipality, String ou, Integer period, List<Point> values) {

        List<KpiValue> values(boolean unit) {
            String place = unit ? ou : municipality;
            if (kpi == null || place == null || period == null || values == null) {
                throw new KoladaException(
                        KoladaException.Reason.MALFORMED, "A Kolada value without its key figure, place or year");
            }
            List<KpiValue> points = new ArrayList<>();
            for (Point point : values) {
                if (point == null || point.gender() == null) {
                    throw new KoladaException(
                            KoladaException.Reason.MALFORMED, "A Kolada value of " + kpi + " without its gender");
                }
                points.add(new KpiValue(kpi, place, period, point.gender(), point.value(), point.status()));
            }
            return points;
        }
    }

    record Point(String gender, Integer count, String status, BigDecimal value) {}
}
