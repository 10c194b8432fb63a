package se.lagesbild.kolada;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Kolada's key figures, places and values, append-only: {@code append*} stores a new version of each
 * key whose content differs from its latest (or that is new), and the reads take the latest version.
 */
@Repository
class KoladaRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    KoladaRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long recordFetch(KoladaFetch fetch, String source, String message) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into kolada_fetch (started_at, finished_at, fetched_by, source, outcome, message, requests)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(fetch.startedAt()),
                        Timestamp.from(fetch.finishedAt()),
                        fetch.fetchedBy(),
                        shorten(source, 300),
                        fetch.outcome().name(),
                        message == null ? null : shorten(message, 1000),
                        fetch.requests())
                .update(key);
        return key.getKey().longValue();
    }

    /** The latest fetch, or the latest that succeeded. */
    Optional<KoladaFetch> lastFetch(boolean succeeded) {
        return jdbc.sql("select f.*, (select count(*) from kolada_value v where v.fetch_id = f.id)"
                        + " + (select count(*) from kolada_kpi k where k.fetch_id = f.id)"
                        + " + (select count(*) from kolada_place p where p.fetch_id = f.id) as new_versions"
                        + " from kolada_fetch f" + (succeeded ? " where f.outcome = 'OK'" : "")
                        + " order by f.id desc limit 1")
                .query(KoladaRepository::fetch)
                .optional();
    }

    private static KoladaFetch fetch(ResultSet rs, int row) throws SQLException {
        return new KoladaFetch(
                rs.getLong("id"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                rs.getString("fetched_by"),
                KoladaFetch.Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("requests"),
                rs.getInt("new_versions"));
    }

    // ---------------------------------------------------------------- key figures

    int appendKpis(Collection<Kpi> kpis, long fetchId) {
        return append(LATEST_KPI, (rs, i) -> kpi(rs), Kpi::id, kpis, """
                insert into kolada_kpi (id, version, title, description, operating_area, divided_by_gender, has_ou_data,
                                        municipality_type, fetch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", (kpi, version) -> new Object[] {
            kpi.id(),
            version,
            kpi.title() == null ? kpi.id() : shorten(kpi.title(), 1000),
            kpi.description(),
            kpi.operatingArea() == null ? null : shorten(kpi.operatingArea(), 1000),
            kpi.dividedByGender(),
            kpi.hasOuData(),
            kpi.municipalityType(),
            fetchId
        });
    }

    private static final String LATEST_KPI = """
            select k.* from kolada_kpi k
            where k.version = (select max(l.version) from kolada_kpi l where l.id = k.id)""";

    List<Kpi> kpis() {
        return jdbc.sql(LATEST_KPI + " order by k.id").query((rs, i) -> kpi(rs)).list();
    }

    /** Key figures whose id or title contains the text, by id, at most {@code limit}. */
    List<Kpi> searchKpis(String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(LATEST_KPI + " and (k.id like :like or k.title like :like) order by k.id limit :limit")
                .param("like", like)
                .param("limit", limit)
                .query((rs, i) -> kpi(rs))
                .list();
    }

    List<Kpi> kpis(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LATEST_KPI + " and k.id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> kpi(rs))
                .list();
    }

    private static Kpi kpi(ResultSet rs) throws SQLException {
        return new Kpi(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("operating_area"),
                rs.getBoolean("divided_by_gender"),
                rs.getBoolean("has_ou_data"),
                rs.getString("municipality_type"));
    }

    // ---------------------------------------------------------------- places

    int appendPlaces(Collection<Place> places, long fetchId) {
        return append(LATEST_PLACE, (rs, i) -> place(rs), Place::id, places, """
                insert into kolada_place (id, version, kind, title, type, members, fetch_id)
                values (?, ?, ?, ?, ?, ?, ?)""", (place, version) -> new Object[] {
            place.id(),
            version,
            place.kind().name(),
            place.title() == null ? place.id() : shorten(place.title(), 500),
            place.type(),
            place.members().isEmpty() ? null : String.join(",", place.members()),
            fetchId
        });
    }

    private static final String LATEST_PLACE = """
            select p.* from kolada_place p
            where p.version = (select max(l.version) from kolada_place l where l.id = p.id)""";

    List<Place> places() {
        return jdbc.sql(LATEST_PLACE + " order by p.id")
                .query((rs, i) -> place(rs))
                .list();
    }

    private static Place place(ResultSet rs) throws SQLException {
        String members = rs.getString("members");
        return new Place(
                rs.getString("id"),
                Place.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("type"),
                members == null ? List.of() : Arrays.asList(members.split(",")));
    }

    // ---------------------------------------------------------------- values

    private record ValueKey(String kpi, String place, int year, String gender) {}

    private record Stored(int version, BigDecimal value, String status) {}

    int appendValues(Collection<KpiValue> values, long fetchId) {
        if (values.isEmpty()) {
            return 0;
        }
        Map<ValueKey, Stored> current = new HashMap<>();
        jdbc.sql(LATEST_VALUE + " and v.kpi_id in (:kpis)")
                .param("kpis", values.stream().map(KpiValue::kpi).distinct().toList())
                .query((rs, i) -> current.put(
                        new ValueKey(
                                rs.getString("kpi_id"),
                                rs.getString("place_id"),
                                rs.getInt("year"),
                                rs.getString("gender")),
                        new Stored(rs.getInt("version"), rs.getBigDecimal("value"), rs.getString("status"))))
                .list();
        List<Object[]> rows = new ArrayList<>();
        for (KpiValue value : distinct(values, v -> new ValueKey(v.kpi(), v.place(), v.year(), v.gender()))) {
            ValueKey key = new ValueKey(value.kpi(), value.place(), value.year(), value.gender());
            Stored stored = current.get(key);
            String status = value.status() == null || value.status().isEmpty() ? null : shorten(value.status(), 100);
            if (stored == null
                    || !sameValue(stored.value(), value.value())
                    || !Objects.equals(stored.status(), status)) {
                rows.add(new Object[] {
                    value.kpi(),
                    value.place(),
                    value.year(),
                    value.gender(),
                    stored == null ? 1 : stored.version() + 1,
                    value.value(),
                    status,
                    fetchId
                });
            }
        }
        batch.batchUpdate("""
                insert into kolada_value (kpi_id, place_id, year, gender, version, value, status, fetch_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    /** The value with as many decimals as it has: 710, 20.4 (stored with six). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean sameValue(BigDecimal stored, BigDecimal fetched) {
        return stored == null || fetched == null ? stored == fetched : stored.compareTo(fetched) == 0;
    }

    private static final String LATEST_VALUE = """
            select v.* from kolada_value v
            where v.version = (select max(l.version) from kolada_value l where l.kpi_id = v.kpi_id
                               and l.place_id = v.place_id and l.year = v.year and l.gender = v.gender)""";

    /** The latest values of a key figure for the places. */
    List<KpiValue> values(String kpi, Collection<String> places) {
        if (places.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LATEST_VALUE
                        + " and v.kpi_id = :kpi and v.place_id in (:places) order by v.place_id, v.year, v.gender")
                .param("kpi", kpi)
                .param("places", places)
                .query((rs, i) -> new KpiValue(
                        rs.getString("kpi_id"),
                        rs.getString("place_id"),
                        rs.getInt("year"),
                        rs.getString("gender"),
                        rs.getBigDecimal("value") == null
                                ? null
                                : rs.getBigDecimal("value").stripTrailingZeros(),
                        rs.getString("status")))
                .list();
    }

    /** How many versions a value has (tests, and the page's history). */
    int versions(String kpi, String place, int year, String gender) {
        return jdbc.sql(
                        "select count(*) from kolada_value where kpi_id = ? and place_id = ? and year = ? and gender = ?")
                .params(kpi, place, year, gender)
                .query(Integer.class)
                .single();
    }

    // ---------------------------------------------------------------- choices

    List<String> choices(String kind) {
        return jdbc.sql("select id from kolada_choice where kind = ? order by sort_order")
                .param(kind)
                .query(String.class)
                .list();
    }

    void replaceChoices(String kind, List<String> ids, String by) {
        jdbc.sql("delete from kolada_choice where kind = ?").param(kind).update();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Object[] {kind, ids.get(i), i, now, by});
        }
        batch.batchUpdate(
                "insert into kolada_choice (kind, id, sort_order, chosen_at, chosen_by) values (?, ?, ?, ?, ?)", rows);
    }

    private record Versioned<T>(int version, T item) {}

    /**
     * Appends a version of each item (by its id) whose content differs from the latest stored, or that
     * is new; returns how many.
     *
     * @param latest the query of the latest version of every id
     * @param row the insert's parameters for an item and its new version
     */
    private <T> int append(
            String latest,
            RowMapper<T> mapper,
            Function<T, String> id,
            Collection<T> items,
            String insert,
            BiFunction<T, Integer, Object[]> row) {
        Map<String, Versioned<T>> current = new HashMap<>();
        jdbc.sql(latest)
                .query((rs, i) ->
                        current.put(rs.getString("id"), new Versioned<>(rs.getInt("version"), mapper.mapRow(rs, i))))
                .list();
        List<Object[]> rows = new ArrayList<>();
        for (T item : distinct(items, id)) {
            Versioned<T> stored = current.get(id.apply(item));
            if (stored == null || !stored.item().equals(item)) {
                rows.add(row.apply(item, stored == null ? 1 : stored.version() + 1));
            }
        }
        batch.batchUpdate(insert, rows);
        return rows.size();
    }

    private static <T, K> Collection<T> distinct(Collection<T> items, Function<T, K> key) {
        Map<K, T> byKey = new java.util.LinkedHashMap<>();
        for (T item : items) {
            byKey.put(key.apply(item), item);
        }
        return byKey.values();
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
