/**
 * The finance system's ledger (issue 15, decisions/0013): the kontoplan of a year (account ranges →
 * kostnadsslag, ansvar and/or verksamhetskod → verksamhet; {@link se.lagesbild.ledger.LedgerService}),
 * the huvudbok import of CSV, XLSX and SIE 4 files ({@link se.lagesbild.ledger.LedgerImport}), stored per
 * konto in {@code ledger_fact} and summed into the economy's utfall and budget, and the drill from a
 * verksamhet's kostnadsslag to its konton.
 */
package se.lagesbild.ledger;
