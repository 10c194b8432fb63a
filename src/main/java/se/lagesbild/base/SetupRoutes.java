package se.lagesbild.base;

/**
 * Where a förvaltning sets Lägesbild up: the addresses that guidance on an empty or half-set-up
 * database links to. Routes as strings, so that a view can point to another feature's view without
 * depending on it.
 */
public final class SetupRoutes {

    /** The Kom igång checklist. */
    public static final String GETTING_STARTED = "kom-igang";

    /** Nämnd, verksamhetsområden, verksamheter, förvaltning and enheter. */
    public static final String ORGANISATION = "struktur/organisation";

    public static final String COST_TYPES = "struktur/kostnadsslag";

    /** Målområden, enhetsmål and indicators per year. */
    public static final String GOALS = "struktur/mal";

    /** The years: open the next one, publish it, lock one. */
    public static final String YEARS = "struktur/ar";

    /** Budget, utfall and prognos files are imported in Ekonomi ("Importera"). */
    public static final String ECONOMY = "ekonomi";

    /** A verksamhet's kostnadsslag drilled to its konton (ledger), with ?verksamhet=&kostnadsslag=&period=. */
    public static final String ACCOUNTS = "ekonomi/konton";

    /** The ledger import (huvudbok as CSV/XLSX, SIE 4), reached from Ekonomi. */
    public static final String LEDGER_IMPORT = "ekonomi/huvudbok";

    /** The kontoplan: account ranges → kostnadsslag, ansvar/verksamhetskod → verksamhet (ledger). */
    public static final String KONTOPLAN = "struktur/kontoplan";

    /** The case export is imported in Utredningar ("Importera utredningar"). */
    public static final String INVESTIGATIONS = "utredningar";

    public static final String USERS = "admin/anvandare";

    public static final String API_TOKENS = "admin/api-nycklar";

    private SetupRoutes() {}
}
