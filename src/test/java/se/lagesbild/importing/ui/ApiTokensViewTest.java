package se.lagesbild.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.support.KaribuTest;

/** An admin creates an import job's token, scoped to utfall, sees it once, and revokes it. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenIsShownOnceImportsOnlyItsKindsAndIsRefusedOnceRevoked() {
        login("admin");
        navigate("admin/api-nycklar");
        find(TextField.class, "token-name").setValue("Ekonomisystemets utfallsjobb");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ImportScope> scopes = find(CheckboxGroup.class, "token-scopes");
        scopes.setValue(Set.of(ImportScope.ACTUAL));
        find(Button.class, "create-token").click();
        String token = find(TextField.class, "created-token").getValue();
        assertThat(token).hasSizeGreaterThan(30);

        assertThat(tokens.authorise("Bearer " + token, ImportScope.ACTUAL))
                .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Ekonomisystemets utfallsjobb"));
        assertThat(tokens.authorise("Bearer " + token, ImportScope.BUDGET)).isEmpty();
        assertThat(tokens.all("admin"))
                .filteredOn(t -> t.name().equals("Ekonomisystemets utfallsjobb"))
                .singleElement()
                .satisfies(t -> assertThat(t.createdBy()).isEqualTo("admin"));
        assertThat(tokens.authorise("Bearer demo-import-token", ImportScope.FORECAST))
                .isPresent();

        Grid<?> grid = find(Grid.class, "tokens-grid");
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._getFormattedRow(grid, i).getFirst().equals("Ekonomisystemets utfallsjobb"))
                .findFirst()
                .orElseThrow();
        ((Button) GridKt._getCellComponent(grid, row, "revoke")).click();
        assertThat(tokens.authorise("Bearer " + token, ImportScope.ACTUAL)).isEmpty();
    }

    @Test
    void theInvestigationsExportIsAScopeOfItsOwn() {
        login("admin");
        navigate("admin/api-nycklar");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ImportScope> scopes = find(CheckboxGroup.class, "token-scopes");
        assertThat(scopes.getGenericDataView()
                        .getItems()
                        .map(scopes.getItemLabelGenerator())
                        .toList())
                .containsExactly(
                        "Utfall",
                        "Budget",
                        "Prognos",
                        "Utredningar",
                        "Struktur: organisation",
                        "Struktur: kostnadsslag",
                        "Struktur: mål",
                        "Målutfall",
                        "Rapportens texter",
                        "Åtgärder för en hållbar ekonomi",
                        "Uppdrag",
                        "Risker",
                        "Årshjul",
                        "Sjukfrånvaro",
                        "Lex Sarah",
                        "Övriga indikatorer och verksamhetsmått",
                        "Kolada-värden",
                        "Politiska prioriteringar",
                        "Struktur: kontoplan",
                        "Huvudbok");
        find(TextField.class, "token-name").setValue("Verksamhetssystemets ärendeexport");
        scopes.setValue(Set.of(ImportScope.INVESTIGATIONS));
        find(Button.class, "create-token").click();
        String token = find(TextField.class, "created-token").getValue();

        assertThat(tokens.authorise("Bearer " + token, ImportScope.INVESTIGATIONS))
                .isPresent();
        assertThat(tokens.authorise("Bearer " + token, ImportScope.ACTUAL)).isEmpty();
        Grid<?> grid = find(Grid.class, "tokens-grid");
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid))
                        .mapToObj(i -> GridKt._getFormattedRow(grid, i))
                        .filter(row -> row.getFirst().equals("Verksamhetssystemets ärendeexport"))
                        .map(row -> row.get(1)))
                .containsExactly("Utredningar");
        // the demo job's token imports the investigations export too
        assertThat(tokens.authorise("Bearer demo-import-token", ImportScope.INVESTIGATIONS))
                .isPresent();
    }

    private static <T extends com.vaadin.flow.component.Component> T find(Class<T> type, String className) {
        return _find(type).stream()
                .filter(c -> c.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }
}
