package se.lagesbild.importing;

/**
 * How an import attempt ended, as the import log records it: applied, rejected for row errors, or
 * refused as a whole (an investigations file holding a personnummer).
 */
public enum ImportStatus {
    APPLIED,
    REJECTED,
    REFUSED
}
