package se.lagesbild.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Swedish Excel's CSV dialect on Apache Commons CSV: quoting, line breaks, blank rows and their numbers. */
class SwedishCsvTest {

    @Test
    void quotedFieldsMayHoldSemicolonsQuotesAndLineBreaksAndRowsKeepTheirNumbers() throws Exception {
        Table table = SwedishCsv.read("Ärende;Skäl\r\n\"A;1\";\"säger \"\"nej\"\"\"\r\n;\r\n\"B\r\n2\";x\rC;y\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(table.header().cells()).extracting(Table.Cell::text).containsExactly("Ärende", "Skäl");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 4, 5);
        assertThat(table.rows().get(0).cells()).extracting(Table.Cell::text).containsExactly("A;1", "säger \"nej\"");
        assertThat(table.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("B\r\n2", "x");
        assertThat(table.rows().get(2).cells()).extracting(Table.Cell::text).containsExactly("C", "y");
    }

    @Test
    void tabsWindows1252AndAQuoteLeftOpenAreRead() throws Exception {
        Table tabs = SwedishCsv.read("År\tMånad\r\n2021\t8".getBytes(StandardCharsets.UTF_8));
        assertThat(tabs.rows().getFirst().cells()).extracting(Table.Cell::text).containsExactly("2021", "8");
        Table ansi = SwedishCsv.read("Enhet;Målgrupp\r\nBUE;\"barn och unga".getBytes(SwedishCsv.WINDOWS_1252));
        assertThat(ansi.header().cells()).extracting(Table.Cell::text).containsExactly("Enhet", "Målgrupp");
        assertThat(ansi.rows().getFirst().cells()).extracting(Table.Cell::text).containsExactly("BUE", "barn och unga");
    }

    @Test
    void aCommaSeparatedOrEmptyFileIsRefused() {
        assertThatThrownBy(() -> SwedishCsv.read("År,Månad\n2021,8".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.comma"));
        assertThatThrownBy(() -> SwedishCsv.read(" \r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
    }
}
