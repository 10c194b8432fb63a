package se.lagesbild.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.ledger.AccountRange;
import se.lagesbild.ledger.Kontoplan;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.support.KaribuTest;

/**
 * Ekonomi → Importera huvudbok: a file with an unmapped konto and ansvar is refused with their totals,
 * the controller maps them on the page and the same file is imported (June 2002; LedgerImportTest
 * uses January 2002 and account 4510).
 */
class LedgerImportViewTest extends KaribuTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    EconomyService economy;

    @Test
    void unmappedKontoAndAnsvarAreMappedOnThePageAndTheFileImportedAgain() {
        if (ledger.kontoplan(2002).costType("5010").isEmpty()) {
            ledger.add(2002, List.of(new AccountRange("5", "5", "PERSONNEL")), List.of(), "controller");
        }
        navigate("ekonomi");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("ledger-import-link")))
                .singleElement()
                .matches(Anchor::isVisible);
        navigate("ekonomi/huvudbok");
        byte[] file = String.join(
                        "\r\n", "Konto;Ansvar;Period;Belopp", "7998;998;200206;1 000,00", "5010;998;200206;2 000,00")
                .getBytes(StandardCharsets.UTF_8);
        _get(LedgerImportView.class).importFile("juni.csv", file);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("ledger-import-error")))
                .extracting(Paragraph::getText)
                .containsExactly(
                        "Konto 7998 saknar kostnadsslag i kontoplanen för 2002: summa 1\u00A0000,00 kr på 1 rader",
                        "Ingen verksamhet för ansvar 998 i kontoplanen för 2002: summa 3\u00A0000,00 kr på 2 rader");

        @SuppressWarnings("unchecked")
        ComboBox<CostType> costType = _get(ComboBox.class, spec -> spec.withClasses("ledger-map-cost-type"));
        costType.setValue(costType.getListDataView()
                .getItems()
                .filter(c -> c.code().equals("OTHER_MISC"))
                .findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Activity> activity = _get(ComboBox.class, spec -> spec.withClasses("ledger-map-activity"));
        activity.setValue(activity.getListDataView()
                .getItems()
                .filter(a -> a.code().equals("FAMILJERATT"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withClasses("ledger-map-and-import")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("ledger-import-applied"))
                        .getText())
                .startsWith("juni.csv inläst: 2 nya");
        Kontoplan plan = ledger.kontoplan(2002);
        assertThat(plan.costType("7998")).contains("OTHER_MISC");
        assertThat(plan.activity("998", "")).contains("FAMILJERATT");
        assertThat(economy.current(FactKind.ACTUAL, 2002).get(new AmountFact.Key(2002, 6, "FAMILJERATT", "PERSONNEL")))
                .isEqualByComparingTo(new BigDecimal("-2.000"));
    }
}
