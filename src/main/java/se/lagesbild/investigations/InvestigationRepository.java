package se.lagesbild.investigations;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Append-only storage of pseudonymised cases, and the counts behind the figures.
 *
 * <p>Every version is a row of {@code investigation}; {@code investigation_current} points at each
 * reference's latest version and carries its dates, and every read goes through it. The SQL
 * predicates are {@link InvestigationRules}' definitions (tests hold the two to the same results):
 * <ul>
 *   <li>pågående in {@code f..t}: {@code opened <= t and (closed is null or closed >= f)};</li>
 *   <li>inledda: {@code opened between f and t}; avslutade: {@code closed between f and t};</li>
 *   <li>sen: {@code closed > deadline} (closed on the deadline is in time);</li>
 *   <li>över tidsgränsen on day d: {@code opened <= d and (closed is null or closed > d) and deadline < d}.</li>
 * </ul>
 * The monthly figures come from {@code investigation_month}, the events (opened, closed, closed
 * late) per enhet and month, changed in the same transaction by the difference between a case's
 * previous and new current version. The drill lists and "över tidsgränsen" read
 * {@code investigation_current}: a closed case is open on the days {@code opened..closed}, never
 * longer than {@code investigation_month.longest_span} (an upper bound), so they read closed cases
 * only from an opening-day range bounded by it, and open cases ({@code closed is null}) from their
 * own index range.
 */
@Repository
class InvestigationRepository {

    /** Below MariaDB's in_predicate_conversion_threshold (1000), so that an IN list stays a key range. */
    private static final int CHUNK = 500;

    /** Rows per JDBC batch. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InvestigationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stored case: its latest version. */
    record Stored(long id, int version, Investigation investigation) {}

    // ------------------------------------------------------------------------------------ writes

    /**
     * Appends each case as the next version of its reference and makes it the current one.
     *
     * @param knownVersions the current version of each stored reference among {@code cases}, when
     *                      the caller has just read them (an import); null to look them up
     */
    void append(
            List<Investigation> cases,
            Map<String, Integer> knownVersions,
            String recordedBy,
            String reason,
            Long importId) {
        if (cases.isEmpty()) {
            return;
        }
        Map<String, Integer> versions = new HashMap<>();
        if (knownVersions != null) {
            versions.putAll(knownVersions);
        } else {
            current(cases.stream().map(Investigation::reference).toList())
                    .forEach((reference, stored) -> versions.put(reference, stored.version()));
        }
        long before = jdbc.sql("select coalesce(max(id), 0) from investigation")
                .query(Long.class)
                .single();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)); // as timestamp(3) stores it
        // JDBC batches of BATCH rows; Connector/J sends each as one bulk command (useBulkStmtsForInserts),
        // and no generated key is asked for
        template.batchUpdate("""
                insert into investigation (reference, version, unit_code, target_group, opened, closed, deadline,
                                           recorded_at, recorded_by, reason, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases, BATCH, (ps, c) -> {
            ps.setString(1, c.reference());
            ps.setInt(2, versions.getOrDefault(c.reference(), 0) + 1);
            ps.setString(3, c.unitCode());
            ps.setString(4, c.targetGroup().name());
            ps.setDate(5, Date.valueOf(c.opened()));
            ps.setDate(6, c.closed() == null ? null : Date.valueOf(c.closed()));
            ps.setDate(7, Date.valueOf(c.deadline()));
            ps.setTimestamp(8, now);
            ps.setString(9, recordedBy);
            ps.setString(10, reason);
            if (importId == null) {
                ps.setNull(11, java.sql.Types.BIGINT);
            } else {
                ps.setLong(11, importId);
            }
        });
        // the ids of the new versions, in one range read of the primary key
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select reference, id from investigation where id > ? and recorded_at = ? and recorded_by = ?")
                .params(before, now, recordedBy)
                .query(rs -> {
                    ids.merge(rs.getString(1), rs.getLong(2), Math::max);
                });
        List<Object[]> extensions = new ArrayList<>();
        for (Investigation c : cases) {
            for (DeadlineExtension e : c.extensions()) {
                extensions.add(new Object[] {
                    ids.get(c.reference()), Date.valueOf(e.decided()), Date.valueOf(e.newDeadline()), e.reasonCode()
                });
            }
        }
        template.batchUpdate(
                "insert into investigation_extension (investigation_id, decided, new_deadline, reason_code)"
                        + " values (?, ?, ?, ?)",
                extensions,
                BATCH,
                (ps, e) -> {
                    ps.setLong(1, (Long) e[0]);
                    ps.setDate(2, (Date) e[1]);
                    ps.setDate(3, (Date) e[2]);
                    ps.setString(4, (String) e[3]);
                });
        // The current rows from the values at hand (an insert ... select from investigation would lock,
        // row by row, the versions just written). A first version (no current row before) is a plain
        // insert: a concurrent writer of the same reference would already have failed on
        // uq_investigation (reference, version 1); a later version replaces the current row.
        List<Investigation> first =
                cases.stream().filter(c -> !versions.containsKey(c.reference())).toList();
        List<Investigation> later =
                cases.stream().filter(c -> versions.containsKey(c.reference())).toList();
        String current = """
                insert into investigation_current (reference, investigation_id, unit_code, opened, closed, deadline)
                values (?, ?, ?, ?, ?, ?)""";
        ParameterizedPreparedStatementSetter<Investigation> row = (ps, c) -> {
            ps.setString(1, c.reference());
            ps.setLong(2, ids.get(c.reference()));
            ps.setString(3, c.unitCode());
            ps.setDate(4, Date.valueOf(c.opened()));
            ps.setDate(5, c.closed() == null ? null : Date.valueOf(c.closed()));
            ps.setDate(6, Date.valueOf(c.deadline()));
        };
        Map<MonthKey, int[]> events = new HashMap<>();
        previousDates(later.stream().map(Investigation::reference).toList()).forEach(d -> countEvents(events, d, -1));
        cases.forEach(c -> countEvents(events, new CaseDates(c.unitCode(), c.opened(), c.closed(), c.deadline()), 1));
        events.values().removeIf(n -> n[0] == 0 && n[1] == 0 && n[2] == 0 && n[3] == 0);
        template.batchUpdate("""
                insert into investigation_month (unit_code, month, opened, closed, late, longest_span)
                values (?, ?, ?, ?, ?, ?)
                on duplicate key update opened = opened + values(opened), closed = closed + values(closed),
                    late = late + values(late), longest_span = greatest(longest_span, values(longest_span))""", events.entrySet(), BATCH, (ps, e) -> {
            ps.setString(1, e.getKey().unitCode());
            ps.setInt(2, e.getKey().month());
            for (int i = 0; i < 4; i++) {
                ps.setInt(3 + i, e.getValue()[i]);
            }
        });
        template.batchUpdate(current, first, BATCH, row);
        template.batchUpdate(current + """

                on duplicate key update investigation_id = values(investigation_id), unit_code = values(unit_code),
                    opened = values(opened), closed = values(closed), deadline = values(deadline)""", later, BATCH, row);
    }

    /** The month an event counts in, in investigation_month: {@code year * 12 + month - 1}. */
    static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private record MonthKey(String unitCode, int month) {}

    /** The dates of a case version that its events are counted from. */
    private record CaseDates(String unitCode, LocalDate opened, LocalDate closed, LocalDate deadline) {}

    /**
     * Adds {@code sign} times a case's events to {@code events} (per enhet and month: opened,
     * closed, closed late), as {@link MonthlyCounts} counts them.
     */
    private static void countEvents(Map<MonthKey, int[]> events, CaseDates c, int sign) {
        int[] opened = events.computeIfAbsent(
                new MonthKey(c.unitCode(), monthIndex(YearMonth.from(c.opened()))), k -> new int[4]);
        opened[0] += sign;
        if (c.closed() != null) {
            int[] closed = events.computeIfAbsent(
                    new MonthKey(c.unitCode(), monthIndex(YearMonth.from(c.closed()))), k -> new int[4]);
            closed[1] += sign;
            closed[2] += InvestigationRules.isLate(c.closed(), c.deadline()) ? sign : 0;
            if (sign > 0) {
                opened[3] = Math.max(opened[3], (int) ChronoUnit.DAYS.between(c.opened(), c.closed()));
            }
        }
    }

    /** The current dates of the stored cases among {@code references}. */
    private List<CaseDates> previousDates(List<String> references) {
        List<CaseDates> result = new ArrayList<>();
        for (int start = 0; start < references.size(); start += CHUNK) {
            jdbc.sql("select unit_code, opened, closed, deadline from investigation_current where reference in (:refs)")
                    .param("refs", references.subList(start, Math.min(references.size(), start + CHUNK)))
                    .query(rs -> {
                        result.add(new CaseDates(
                                rs.getString(1),
                                rs.getObject(2, LocalDate.class),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class)));
                    });
        }
        return result;
    }

    // ------------------------------------------------------------------------------------ reads

    /** The latest version of each of {@code references} that is stored, with its extensions. */
    Map<String, Stored> current(Collection<String> references) {
        Map<String, Stored> result = new HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(references));
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            Map<String, Object[]> cases = new HashMap<>();
            Map<String, List<DeadlineExtension>> extensions = new HashMap<>();
            // the case references drive the join (primary key), each version's extensions by index
            jdbc.sql("""
                    select straight_join i.id, i.version, i.reference, i.unit_code, i.target_group, i.opened, i.closed,
                           e.decided, e.new_deadline, e.reason_code
                    from investigation_current c
                    join investigation i on i.id = c.investigation_id
                    left join investigation_extension e on e.investigation_id = i.id
                    where c.reference in (:refs)""").param("refs", chunk).query(rs -> {
                String reference = rs.getString(3);
                cases.computeIfAbsent(reference, k -> {
                    try {
                        return new Object[] {
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class)
                        };
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                List<DeadlineExtension> list = extensions.computeIfAbsent(reference, k -> new ArrayList<>());
                LocalDate decided = rs.getObject(8, LocalDate.class);
                if (decided != null) {
                    list.add(new DeadlineExtension(decided, rs.getObject(9, LocalDate.class), rs.getString(10)));
                }
            });
            cases.forEach((reference, c) -> result.put(
                    reference,
                    new Stored(
                            (Long) c[0],
                            (Integer) c[1],
                            new Investigation(
                                    reference,
                                    (String) c[2],
                                    TargetGroup.valueOf((String) c[3]),
                                    (LocalDate) c[4],
                                    (LocalDate) c[5],
                                    extensions.get(reference)))));
        }
        return result;
    }

    /** Every current case, for tests and checks over small data sets. */
    List<Investigation> all() {
        Map<String, Stored> all = current(jdbc.sql("select reference from investigation_current")
                .query(String.class)
                .list());
        return all.values().stream().map(Stored::investigation).toList();
    }

    /** The longest time, in days, from opening to closing of any closed case (0 when none). */
    private int longestSpan() {
        return jdbc.sql("select coalesce(max(longest_span), 0) from investigation_month")
                .query(Integer.class)
                .single();
    }

    /**
     * The counts per enhet (all enheter, or only {@code unitCode}) over the months
     * {@code first..last}, from {@code investigation_month}: the cases open on the first day (all
     * opened before it minus all closed before it), and per month the cases opened, closed, and
     * closed late.
     */
    Map<String, MonthlyCounts> monthlyCounts(YearMonth first, YearMonth last, String unitCode) {
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        int firstIndex = monthIndex(first);
        String unit = unitCode == null ? "" : " and unit_code = :unit";
        Map<String, MonthlyCounts> counts = new LinkedHashMap<>();
        Map<String, Integer> openAtStart = new HashMap<>();
        var spec = jdbc.sql("select unit_code, month - :firstIndex, opened, closed, late from investigation_month"
                        + " where month between :firstIndex and :lastIndex" + unit
                        + " union all select unit_code, -1, sum(opened) - sum(closed), 0, 0 from investigation_month"
                        + " where month < :firstIndex" + unit + " group by unit_code")
                .param("firstIndex", firstIndex)
                .param("lastIndex", firstIndex + months - 1);
        if (unitCode != null) {
            spec = spec.param("unit", unitCode);
        }
        spec.query(rs -> {
            String code = rs.getString(1);
            int month = rs.getInt(2);
            if (month < 0) {
                openAtStart.put(code, rs.getInt(3));
                return;
            }
            MonthlyCounts c = counts.computeIfAbsent(code, k -> new MonthlyCounts(first, months));
            c.addOpened(month, rs.getInt(3));
            c.addClosed(month, rs.getInt(4), rs.getInt(5));
        });
        openAtStart.forEach((code, n) -> {
            if (n != 0) {
                counts.computeIfAbsent(code, k -> new MonthlyCounts(first, months));
            }
        });
        counts.replaceAll((code, c) -> c.withOpenAtStart(openAtStart.getOrDefault(code, 0)));
        return counts;
    }

    /** Per enhet, the cases open on {@code asOf} and past their deadline. */
    Map<String, Integer> overdue(LocalDate asOf, String unitCode) {
        Map<String, Integer> result = new HashMap<>();
        var spec = jdbc.sql("""
                select unit_code, count(*) from investigation_current
                 where closed is null and opened <= :asOf and deadline < :asOf and unit_code in (:units)
                 group by unit_code
                union all
                select unit_code, count(*) from investigation_current
                 where opened between :lowest and :asOf and closed > :asOf and deadline < :asOf
                   and unit_code in (:units)
                 group by unit_code""")
                .param("asOf", Date.valueOf(asOf))
                .param("lowest", Date.valueOf(asOf.minusDays(longestSpan())))
                .param("units", units(unitCode));
        spec.query(rs -> {
            result.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        });
        return result;
    }

    /**
     * The cases behind a figure: those of {@code unitCode} (or all enheter) for which
     * {@code measure} holds in {@code from..to} (for {@link Measure#OVERDUE}: on {@code to}).
     */
    List<CaseLine> cases(String unitCode, Measure measure, LocalDate from, LocalDate to) {
        String unit = " and c.unit_code in (:units)";
        String select = """
                select c.reference, c.unit_code, c.opened, c.deadline, c.closed,
                       case when datediff(coalesce(c.closed, :to), c.deadline) > 0
                            then datediff(coalesce(c.closed, :to), c.deadline) end over_days,
                       x.new_deadline, x.reason_code
                  from investigation_current c
                  left join investigation_extension x on x.id = (
                       select e.id from investigation_extension e where e.investigation_id = c.investigation_id
                        order by e.decided desc, e.new_deadline desc limit 1)""" + "\n where ";
        List<String> wheres = switch (measure) {
            case OPEN ->
                List.of(
                        "c.closed is null and c.opened <= :to",
                        "c.opened between :lowest and :to and c.closed >= :from");
            case OPENED -> List.of("c.opened between :from and :to");
            case CLOSED -> List.of("c.closed between :from and :to");
            case LATE -> List.of("c.closed between :from and :to and c.closed > c.deadline");
            case OVERDUE ->
                List.of(
                        "c.closed is null and c.opened <= :to and c.deadline < :to",
                        "c.opened between :lowest and :to and c.closed > :to and c.deadline < :to");
        };
        String sql = String.join(
                        "\nunion all\n",
                        wheres.stream().map(w -> select + w + unit).toList()) + "\n order by opened, reference";
        var spec = jdbc.sql(sql)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("units", units(unitCode));
        if (sql.contains(":lowest")) {
            spec = spec.param(
                    "lowest", Date.valueOf((measure == Measure.OVERDUE ? to : from).minusDays(longestSpan())));
        }
        return spec.query((rs, i) -> new CaseLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, Integer.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
    }

    Optional<YearMonth> latestMonth() {
        return jdbc
                .sql("select max(month) from investigation_month where opened <> 0 or closed <> 0")
                .query((rs, i) -> rs.getObject(1, Integer.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(m -> YearMonth.of(m / 12, m % 12 + 1))
                .findFirst();
    }

    List<String> unitsWithCases() {
        return jdbc.sql("select distinct unit_code from investigation_month where opened <> 0 order by unit_code")
                .query(String.class)
                .list();
    }

    /**
     * {@code unitCode}, or every enhet with cases: the lists of the current rows' reads, which are
     * ranges per enhet of {@code ix_current_unit_opened} (there is no all-enheter index on the
     * opening day; each index is paid for on every case version written).
     */
    private List<String> units(String unitCode) {
        if (unitCode != null) {
            return List.of(unitCode);
        }
        List<String> all = unitsWithCases();
        return all.isEmpty() ? List.of("") : all;
    }

    void setTarget(String unitCode, int year, java.math.BigDecimal lateShareTarget) {
        jdbc.sql("""
                insert into investigation_target (unit_code, year, late_share_target) values (?, ?, ?)
                on duplicate key update late_share_target = values(late_share_target)""").params(unitCode, year, lateShareTarget).update();
    }

    Optional<java.math.BigDecimal> target(String unitCode, int year) {
        return jdbc.sql("select late_share_target from investigation_target where unit_code = ? and year = ?")
                .params(unitCode, year)
                .query(java.math.BigDecimal.class)
                .optional();
    }

    Map<String, java.math.BigDecimal> targets(int year) {
        Map<String, java.math.BigDecimal> result = new HashMap<>();
        jdbc.sql("select unit_code, late_share_target from investigation_target where year = ?")
                .param(year)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return result;
    }
}
