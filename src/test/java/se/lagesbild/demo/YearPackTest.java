package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.support.LagesbildTest;

/**
 * The demo is the year pack of docs/examples/arspaket, loaded through the imports: every kind a
 * förvaltning posts is there, and every file posted again to the database the demo was loaded into
 * changes nothing (what is stored is what the files say). The figure files of 2020 are left out of
 * the second import: the tests sharing this database write their own figures into 2020, a year the
 * reference checks do not read (LagesbildTest); 2021, the reference's year, no test changes.
 */
@LagesbildTest
class YearPackTest {

    @Autowired
    List<ApiImport> imports;

    @Test
    void theYearPackHoldsEveryKindOfFileForBothYears() {
        List<String> names =
                DemoDataLoader.yearPack().stream().map(Resource::getFilename).toList();
        assertThat(names.stream().map(DemoDataLoader::scopeOf).distinct())
                .containsExactlyElementsOf(DemoDataLoader.ORDER);
        for (int year : new int[] {2020, 2021}) {
            for (String kind : List.of("struktur-organisation", "struktur-kostnadsslag", "struktur-mal", "budget")) {
                assertThat(names).contains(kind + "-" + year + ".csv");
            }
            assertThat(names).contains("malutfall-" + year + ".csv");
        }
        assertThat(names.stream().filter(n -> n.startsWith("utfall-"))).hasSize(12 + 8);
        assertThat(names.stream().filter(n -> n.startsWith("prognos-"))).hasSize(12 + 8);
        assertThat(names).contains("utfall-2021-08.csv", "prognos-2021-08.csv", "utredningar-2021-08-31.csv");
    }

    @Test
    void everyFileOfTheYearPackImportedAgainChangesNothing() throws IOException {
        List<Resource> files = DemoDataLoader.yearPack().stream()
                .filter(f -> f.getFilename().startsWith("struktur-")
                        || !f.getFilename().contains("-2020"))
                .toList();
        assertThat(files).hasSize(6 + 1 + 8 + 8 + 1 + 1 + 10);
        for (Resource file : files) {
            ImportScope scope = DemoDataLoader.scopeOf(file.getFilename());
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ApiImport.ApiImportResult result = imports.stream()
                    .filter(i -> i.scopes().contains(scope))
                    .findFirst()
                    .orElseThrow()
                    .importFile(DemoDataLoader.JOB, scope, file.getFilename(), bytes);
            assertThat(result.errors()).as(file.getFilename()).isEmpty();
            assertThat(result.status()).as(file.getFilename()).isEqualTo(ImportStatus.APPLIED);
            assertThat(result.added() + result.corrected())
                    .as(file.getFilename())
                    .isZero();
            assertThat(result.unchanged()).as(file.getFilename()).isPositive();
        }
    }
}
