/**
 * Struktur: setting up and changing the organisation, the kostnadsslag, the goal structure and the
 * years (Nytt år, publish, lock), in views and as struktur files. {@link se.lagesbild.structure.StructureService}
 * is the one way in: it checks who may (admin and controller), records the audit trail and calls the
 * feature services, which record the change log.
 */
package se.lagesbild.structure;
