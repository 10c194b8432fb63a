package se.lagesbild.economy.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.importing.EconomyFiles;
import se.lagesbild.support.LagesbildTest;

/**
 * The example files of docs/examples import without errors, as the docs say. The XLSX example is
 * written by {@link EconomyFiles#forecastExample()} when missing (or with -Dlagesbild.write-examples=true).
 */
@LagesbildTest
class ExampleFilesTest {

    private static final Path EXAMPLES = Path.of("docs/examples");

    @Autowired
    EconomyImport imports;

    @Test
    void theUtf8UtfallExampleIsValid() throws IOException {
        EconomyImportPreview preview = preview("utfall-2022-03.csv");
        assertThat(preview.kind()).isEqualTo(ImportKind.ACTUAL);
        assertThat(preview.added() + preview.corrected() + preview.unchanged()).isEqualTo(8);
        assertThat(preview.changes())
                .last()
                .satisfies(c -> assertThat(c.after()).isEqualByComparingTo("-86.5"));
    }

    @Test
    void theWindows1252BudgetExampleIsValid() throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLES.resolve("budget-2022-windows-1252.csv"));
        assertThat(bytes).contains((byte) 0xD6); // Ö in Windows-1252
        EconomyImportPreview preview = preview("budget-2022-windows-1252.csv");
        assertThat(preview.kind()).isEqualTo(ImportKind.BUDGET);
        assertThat(preview.added() + preview.corrected() + preview.unchanged()).isEqualTo(5);
        assertThat(preview.changes()).anySatisfy(c -> {
            assertThat(c.activity()).isEqualTo("Övriga insatser till vuxna");
            assertThat(c.after()).isEqualByComparingTo("-12500");
        });
    }

    @Test
    void theXlsxForecastExampleIsValidAndWhatTheHelperWrites() throws IOException {
        Path xlsx = EXAMPLES.resolve("prognos-2022-04.xlsx");
        if (Boolean.getBoolean("lagesbild.write-examples") || !Files.exists(xlsx)) {
            Files.write(xlsx, EconomyFiles.forecastExample());
        }
        EconomyImportPreview committed = preview("prognos-2022-04.xlsx");
        EconomyImportPreview generated =
                imports.preview(null, "prognos-2022-04.xlsx", EconomyFiles.forecastExample(), "controller");
        assertThat(committed.kind()).isEqualTo(ImportKind.FORECAST);
        assertThat(committed.added() + committed.corrected() + committed.unchanged())
                .isEqualTo(5);
        assertThat(committed.changes()).isEqualTo(generated.changes());
        assertThat(committed.changes())
                .anySatisfy(c -> assertThat(c.after()).isEqualByComparingTo(new BigDecimal("-55250.5")));
    }

    private EconomyImportPreview preview(String name) throws IOException {
        EconomyImportPreview preview =
                imports.preview(null, name, Files.readAllBytes(EXAMPLES.resolve(name)), "controller");
        assertThat(preview.errors()).as(name).isEmpty();
        return preview;
    }
}
