package se.lagesbild.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may import, and the endpoint's path for it: the three economy files
 * (economy.imports.ImportKind) and the investigations case export.
 */
public enum ImportScope {
    ACTUAL("utfall"),
    BUDGET("budget"),
    FORECAST("prognos"),
    INVESTIGATIONS("utredningar"),
    /** Struktur files (decisions/0008, import-formats.md): the organisation of a year. */
    STRUCTURE_ORGANISATION("struktur-organisation"),
    /** The kostnadsslag of a year. */
    STRUCTURE_COST_TYPES("struktur-kostnadsslag"),
    /** The goal structure of a year: målområden, indicators, targets for late investigations. */
    STRUCTURE_GOALS("struktur-mal"),
    /** Goal outcomes per enhet, indicator and month, and the colours a report printed (goals.GoalOutcomeImport). */
    GOAL_OUTCOMES("malutfall"),
    // The delårsrapport's written sections (reportdata.SectionKind, reportdata.ReportDataFiles)
    REPORT_TEXTS("rapport-texter"),
    REPORT_ACTIONS("rapport-atgarder"),
    REPORT_ASSIGNMENTS("rapport-uppdrag"),
    REPORT_RISKS("rapport-risker"),
    REPORT_ANNUAL_CYCLE("rapport-arshjul"),
    REPORT_SICK_LEAVE("rapport-sjukfranvaro"),
    REPORT_LEX_SARAH("rapport-lex-sarah"),
    REPORT_INDICATORS("rapport-verksamhetsmatt"),
    REPORT_KOLADA("rapport-kolada"),
    REPORT_PRIORITIES("rapport-prioriteringar"),
    /** The kontoplan of a year: account ranges → kostnadsslag, ansvar/verksamhetskod → verksamhet (ledger.KontoplanFile). */
    STRUCTURE_ACCOUNTS("struktur-kontoplan"),
    /** The finance system's ledger per konto (CSV, XLSX or SIE 4): ledger.LedgerImport. */
    LEDGER("huvudbok");

    private final String path;

    ImportScope(String path) {
        this.path = path;
    }

    /** The scope's name in the endpoint's path and in the docs: utfall, budget, prognos, utredningar. */
    public String path() {
        return path;
    }

    public static Optional<ImportScope> fromPath(String path) {
        return Arrays.stream(values())
                .filter(s -> s.path.equals(path.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
