package se.lagesbild.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.reportdata.ReportDataService;
import se.lagesbild.reportdata.SectionKind;

/**
 * The delårsrapport's chapters as report sections: each chapter's heading and text, and the written
 * sections' tables (åtgärder, uppdrag, risker, årshjul, sjukfrånvaro, lex Sarah, verksamhetsmått,
 * Kolada's values, politiska prioriteringar) as the reference report prints them.
 */
final class ReportChapters {

    private static final Locale SWEDISH = Locale.of("sv");
    private static final String SEPARATOR = "\t|\t";

    private ReportChapters() {}

    /** The chapter's heading ("1 Viktiga händelser under perioden maj till augusti") and its text. */
    static ReportSection heading(Chapter chapter, YearMonth period, String text) {
        return new ReportSection(
                "chapter-" + chapter.key(),
                ReportSection.Kind.TEXT,
                new ExportTable(heading(chapter, period), "", List.of(), List.of()),
                text == null ? "" : text,
                List.of());
    }

    /**
     * The heading of a chapter for a period. A delårsrapport covers the tertial up to its period
     * (januari–april, maj–augusti, september–december), as the reference's "maj till augusti".
     */
    static String heading(Chapter chapter, YearMonth period) {
        int first = (period.getMonthValue() - 1) / 4 * 4 + 1;
        return SwedishTexts.swedish(
                chapter.headingKey(), month(first), month(period.getMonthValue()), String.valueOf(period.getYear()));
    }

    private static String month(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    }

    /** The chapter's written sections that have rows for the period, in the kinds' order. */
    static List<ReportSection> written(Chapter chapter, YearMonth period, ReportDataService data) {
        List<ReportSection> sections = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            if (kind.chapter() != chapter) {
                continue;
            }
            List<List<String>> rows = data.rows(kind, period);
            if (rows.isEmpty()) {
                continue;
            }
            switch (kind) {
                case INDICATORS -> sections.addAll(indicators(rows));
                default -> sections.add(section(kind, rows));
            }
        }
        return sections;
    }

    private static ReportSection section(SectionKind kind, List<List<String>> rows) {
        String title = t(kind.titleKey());
        String key = "section-" + kind.scope().path().replace("rapport-", "");
        return switch (kind) {
            case ACTIONS ->
                new ReportSection(
                        key,
                        ReportSection.Kind.STATUS_LIST,
                        new ExportTable(
                                title,
                                "Åtgärd",
                                List.of(ExportTable.Column.text("Status")),
                                rows.stream()
                                        .map(r -> ExportTable.Row.of(r.get(0), List.of(r.get(1))))
                                        .toList()));
            case ASSIGNMENTS ->
                new ReportSection(
                        key,
                        ReportSection.Kind.STATUS_LIST,
                        new ExportTable(
                                title,
                                "Uppdrag",
                                texts("Från", "Kommentar", "Bedömning"),
                                rows.stream()
                                        .map(r -> ExportTable.Row.of(r.get(0), List.of(r.get(1), r.get(3), r.get(2))))
                                        .toList()));
            case RISKS ->
                new ReportSection(
                        key,
                        ReportSection.Kind.RISK_MATRIX,
                        new ExportTable(
                                title,
                                "Risk",
                                List.of(
                                        ExportTable.Column.text("Typ av risk"),
                                        new ExportTable.Column("Sannolikhet", 0),
                                        new ExportTable.Column("Konsekvens", 0),
                                        new ExportTable.Column("Riskvärde", 0),
                                        ExportTable.Column.text("Åtgärd"),
                                        ExportTable.Column.text("Bedömning")),
                                java.util.stream.IntStream.range(0, rows.size())
                                        .mapToObj(i -> {
                                            List<String> r = rows.get(i);
                                            Integer value = ReportDataService.riskValue(r);
                                            List<Object> cells = new ArrayList<>();
                                            cells.add(r.get(0));
                                            cells.add(new BigDecimal(r.get(2)));
                                            cells.add(new BigDecimal(r.get(3)));
                                            cells.add(value == null ? null : BigDecimal.valueOf(value));
                                            cells.add(r.get(4));
                                            cells.add(r.get(5));
                                            return ExportTable.Row.of("R" + (i + 1) + " " + r.get(1), cells);
                                        })
                                        .toList()));
            case ANNUAL_CYCLE ->
                new ReportSection(
                        key,
                        ReportSection.Kind.STATUS_LIST,
                        new ExportTable(
                                title,
                                "Månad",
                                texts("Aktivitet", "Bedömning"),
                                rows.stream()
                                        .map(r -> ExportTable.Row.of(r.get(0), List.of(r.get(2), r.get(3))))
                                        .toList()));
            case SICK_LEAVE ->
                new ReportSection(
                        key,
                        ReportSection.Kind.TABLE,
                        new ExportTable(
                                title,
                                "Förvaltning/enhet",
                                List.of(
                                        ExportTable.Column.percent("Sjukfrånvaro total", 2),
                                        ExportTable.Column.percent("Korttid", 2),
                                        ExportTable.Column.percent("Långtid", 2),
                                        ExportTable.Column.percent("Målnivå", 2),
                                        ExportTable.Column.text("Kommentar")),
                                rows.stream()
                                        .map(r -> ExportTable.Row.of(
                                                r.get(0),
                                                java.util.Arrays.asList(
                                                        number(r.get(1)),
                                                        number(r.get(2)),
                                                        number(r.get(3)),
                                                        number(r.get(4)),
                                                        r.get(5))))
                                        .toList()));
            case LEX_SARAH ->
                new ReportSection(
                        key,
                        ReportSection.Kind.TABLE,
                        new ExportTable(
                                title,
                                "Kategori",
                                List.of(new ExportTable.Column("Antal", 0)),
                                rows.stream()
                                        .map(r -> new ExportTable.Row(
                                                r.get(0),
                                                r.get(2).equalsIgnoreCase("varav") ? 1 : 0,
                                                java.util.Collections.singletonList(number(r.get(1))),
                                                r.get(2).equalsIgnoreCase("totalt")))
                                        .toList()));
            case KOLADA -> kolada(key, title, rows);
            case PRIORITIES ->
                new ReportSection(
                        key,
                        ReportSection.Kind.TABLE,
                        new ExportTable(
                                title,
                                "Politisk prioritering",
                                texts("Kommentar"),
                                rows.stream()
                                        .map(r -> ExportTable.Row.of(r.get(0), List.of(r.get(1))))
                                        .toList()));
            case INDICATORS -> throw new IllegalArgumentException("indicators are pivoted per table");
        };
    }

    /** Each table of the bilaga's indicators: rows by Rad, columns by Kolumn, in the order written. */
    private static List<ReportSection> indicators(List<List<String>> rows) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        rows.forEach(
                r -> tables.computeIfAbsent(r.get(1), x -> new ArrayList<>()).add(r));
        List<ReportSection> sections = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<List<String>>> table : tables.entrySet()) {
            n++;
            sections.add(new ReportSection(
                    "section-verksamhetsmatt-" + n,
                    ReportSection.Kind.TABLE,
                    pivot(table.getKey(), "", table.getValue(), 2, 3, 4, null)));
        }
        return sections;
    }

    /** Kolada's values as the reference's table: a group's key figures under it, a column per year. */
    private static ReportSection kolada(String key, String title, List<List<String>> rows) {
        return new ReportSection(key, ReportSection.Kind.TABLE, pivot(title, "Nyckeltal", rows, 1, 2, 3, 0));
    }

    /**
     * A table of text cells from rows: a row per distinct {@code rowField}, a column per distinct
     * {@code columnField} (in the order first written), each cell {@code valueField}; with a
     * {@code groupField}, each group's name as an emphasised row above its rows.
     */
    private static ExportTable pivot(
            String title,
            String labelHeader,
            List<List<String>> rows,
            int rowField,
            int columnField,
            int valueField,
            Integer groupField) {
        List<String> columns =
                rows.stream().map(r -> r.get(columnField)).distinct().toList();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (List<String> r : rows) {
            String group = groupField == null ? "" : r.get(groupField);
            String rowKey = group + SEPARATOR + r.get(rowField);
            groups.putIfAbsent(rowKey, group);
            cells.computeIfAbsent(rowKey, x -> new LinkedHashMap<>()).put(r.get(columnField), r.get(valueField));
        }
        List<ExportTable.Row> out = new ArrayList<>();
        String current = null;
        for (Map.Entry<String, Map<String, String>> row : cells.entrySet()) {
            String group = groups.get(row.getKey());
            if (groupField != null && !group.equals(current)) {
                current = group;
                out.add(new ExportTable.Row(
                        group, 0, columns.stream().map(c -> (BigDecimal) null).toList(), true));
            }
            String label = row.getKey().substring(row.getKey().indexOf(SEPARATOR) + SEPARATOR.length());
            ExportTable.Row line = ExportTable.Row.of(
                    label,
                    columns.stream()
                            .map(c -> row.getValue().getOrDefault(c, ""))
                            .toList());
            out.add(
                    groupField == null
                            ? line
                            : new ExportTable.Row(line.label(), 1, line.values(), false, line.texts()));
        }
        return new ExportTable(
                title,
                labelHeader,
                columns.stream().map(ExportTable.Column::text).toList(),
                out);
    }

    private static List<ExportTable.Column> texts(String... headers) {
        return java.util.Arrays.stream(headers).map(ExportTable.Column::text).toList();
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static String t(String key, Object... args) {
        return SwedishTexts.swedish(key, args);
    }
}
