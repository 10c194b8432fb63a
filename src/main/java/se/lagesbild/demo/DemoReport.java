package se.lagesbild.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.reportdata.ReportDataFiles;
import se.lagesbild.reportdata.SectionKind;

/**
 * The delårsrapport's written sections of August 2021 as the reference prints them: the files under
 * {@code resources/demo/rapport} (made from shared/reference/dr2-2021), read through the same import
 * as a controller's file.
 */
final class DemoReport {

    private DemoReport() {}

    static void load(ReportDataFiles files, String recordedBy) {
        load(files, ImportScope.REPORT_TEXTS, recordedBy);
        for (SectionKind kind : SectionKind.values()) {
            load(files, kind.scope(), recordedBy);
        }
    }

    private static void load(ReportDataFiles files, ImportScope scope, String recordedBy) {
        String name = scope.path() + ".csv";
        try (InputStream in = DemoReport.class.getResourceAsStream("/demo/rapport/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo data has no " + name);
            }
            ReportDataFiles.Outcome outcome = files.load(scope, name, in.readAllBytes(), recordedBy);
            if (outcome.status() != ImportStatus.APPLIED) {
                throw new IllegalStateException("The demo file " + name + " was not applied: " + outcome.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
