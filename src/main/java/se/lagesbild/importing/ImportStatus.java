package se.lagesbild.importing;

/** How an import attempt ended, as the import log records it. */
public enum ImportStatus { APPLIED, REJECTED }
