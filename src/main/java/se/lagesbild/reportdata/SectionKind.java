package se.lagesbild.reportdata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.lagesbild.importing.ImportScope;

/**
 * A table of the delårsrapport that is written rather than computed: its chapter, the file kind it
 * imports and exports as ({@code /api/import/rapport-…}), and its fields (the file's columns after
 * "Period", the editor's fields) in order.
 */
public enum SectionKind {
    ACTIONS(
            Chapter.ECONOMY,
            ImportScope.REPORT_ACTIONS,
            List.of(Field.longText("Åtgärd", true), Field.longText("Status", true))),
    ASSIGNMENTS(
            Chapter.ASSIGNMENTS,
            ImportScope.REPORT_ASSIGNMENTS,
            List.of(
                    Field.longText("Uppdrag", true),
                    Field.text("Från", false),
                    Field.status("Bedömning"),
                    Field.longText("Kommentar", false))),
    RISKS(
            Chapter.RISKS,
            ImportScope.REPORT_RISKS,
            List.of(
                    Field.text("Typ av risk", true),
                    Field.longText("Risk", true),
                    Field.scale("Sannolikhet"),
                    Field.scale("Konsekvens"),
                    Field.longText("Åtgärd", false),
                    Field.status("Bedömning"))),
    ANNUAL_CYCLE(
            Chapter.ANNUAL_CYCLE,
            ImportScope.REPORT_ANNUAL_CYCLE,
            List.of(
                    Field.text("Månad", true),
                    Field.month("Månad nr"),
                    Field.longText("Aktivitet", true),
                    Field.status("Bedömning"))),
    SICK_LEAVE(
            Chapter.ANNEX_INDICATORS,
            ImportScope.REPORT_SICK_LEAVE,
            List.of(
                    Field.text("Förvaltning/enhet", true),
                    Field.number("Sjukfrånvaro total %", true),
                    Field.number("Korttid %", false),
                    Field.number("Långtid %", false),
                    Field.number("Målnivå %", false),
                    Field.longText("Kommentar", false))),
    LEX_SARAH(
            Chapter.ANNEX_INDICATORS,
            ImportScope.REPORT_LEX_SARAH,
            List.of(Field.text("Kategori", true), Field.number("Antal", true), Field.text("Radtyp", false))),
    INDICATORS(
            Chapter.ANNEX_INDICATORS,
            ImportScope.REPORT_INDICATORS,
            List.of(
                    Field.text("Målområde", false),
                    Field.text("Tabell", true),
                    Field.text("Rad", true),
                    Field.text("Kolumn", true),
                    Field.text("Värde", false))),
    KOLADA(
            Chapter.ANNEX_INDICATORS,
            ImportScope.REPORT_KOLADA,
            List.of(
                    Field.text("Grupp", true),
                    Field.text("Nyckeltal", true),
                    new Field("År", Field.Type.YEAR, true),
                    Field.text("Värde", false))),
    PRIORITIES(
            Chapter.ANNEX_PRIORITIES,
            ImportScope.REPORT_PRIORITIES,
            List.of(Field.longText("Prioritering", true), Field.longText("Kommentar", false)));

    private final Chapter chapter;
    private final ImportScope scope;
    private final List<Field> fields;

    SectionKind(Chapter chapter, ImportScope scope, List<Field> fields) {
        this.chapter = chapter;
        this.scope = scope;
        this.fields = fields;
    }

    public Chapter chapter() {
        return chapter;
    }

    public ImportScope scope() {
        return scope;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> headers() {
        return fields.stream().map(Field::header).toList();
    }

    /** The translation key of the section's title (editor tab, report table). */
    public String titleKey() {
        return "reportdata.kind." + name();
    }

    public static Optional<SectionKind> of(ImportScope scope) {
        return Arrays.stream(values()).filter(k -> k.scope == scope).findFirst();
    }

    /** The file name an export gets: rapport-risker-2021-08.csv. */
    public String fileName(java.time.YearMonth period, String extension) {
        return scope.path() + "-" + period + "." + extension;
    }

    /**
     * A field: its header (the file's column and the editor's label, Swedish as the report), its type
     * and whether it must have a value.
     */
    public record Field(String header, Type type, boolean required) {

        public enum Type {
            /** A line of text. */
            TEXT,
            /** Text of several lines. */
            LONG_TEXT,
            /** A number (Swedish: decimal comma). */
            NUMBER,
            /** 1–5: a risk's sannolikhet or konsekvens. */
            SCALE,
            /** 1–12: a month. */
            MONTH,
            /** A year, 2000–2099. */
            YEAR,
            /** Grön, Gul, Röd or Inget utfall. */
            STATUS
        }

        static Field text(String header, boolean required) {
            return new Field(header, Type.TEXT, required);
        }

        static Field longText(String header, boolean required) {
            return new Field(header, Type.LONG_TEXT, required);
        }

        static Field number(String header, boolean required) {
            return new Field(header, Type.NUMBER, required);
        }

        static Field scale(String header) {
            return new Field(header, Type.SCALE, true);
        }

        static Field month(String header) {
            return new Field(header, Type.MONTH, true);
        }

        static Field status(String header) {
            return new Field(header, Type.STATUS, true);
        }
    }
}
