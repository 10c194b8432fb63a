package se.lagesbild.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.lagesbild.support.KaribuTest;

/**
 * The UI language reaches what Vaadin itself writes: {@code <html lang>}, the drawer toggle, the
 * upload, Highcharts' lang options and the access-denied page; Swedish by default, English when
 * chosen.
 */
class UiLanguageTest extends KaribuTest {

    @Override
    protected Set<Class<? extends HasErrorParameter<?>>> errorViews() {
        return Set.of(MockRouteNotFoundError.class, AccessDeniedView.class);
    }

    @Test
    void thePagesHtmlLangFollowsTheUiLanguageAlsoAfterSwitching() {
        assertThat(htmlLang()).isEqualTo("sv");
        // A switch reloads the page: a new first response in the same session.
        LanguageSettings.choose(VaadinSession.getCurrent(), LanguageSettings.ENGLISH);
        assertThat(htmlLang()).isEqualTo("en");
    }

    @Test
    void theDrawerAndItsToggleAreNamedInTheUiLanguage() {
        navigate("");
        assertThat(_get(DrawerToggle.class).getAriaLabel()).contains("Visa eller dölj menyn");
        assertThat(_get(MainLayout.class).getI18n().getDrawer()).isEqualTo("Navigeringspanel");
        english();
        navigate("");
        assertThat(_get(DrawerToggle.class).getAriaLabel()).contains("Show or hide the menu");
        assertThat(_get(MainLayout.class).getI18n().getDrawer()).isEqualTo("Navigation panel");
    }

    @Test
    void theUploadSpeaksTheUiLanguage() {
        Upload upload = ComponentTexts.upload(new Upload());
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Välj fil …");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Släpp filen här");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Filen är för stor.");
        english();
        upload = ComponentTexts.upload(new Upload());
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Drop file here");
    }

    @Test
    void theMultiSelectAnnouncesInTheUiLanguage() {
        assertThat(ComponentTexts.multiSelect(new MultiSelectComboBox<String>())
                        .getI18n()
                        .getTotal())
                .isEqualTo("{count} valda");
        english();
        assertThat(ComponentTexts.multiSelect(new MultiSelectComboBox<String>())
                        .getI18n()
                        .getCleared())
                .isEqualTo("Selection cleared");
    }

    @Test
    void chartsUseSwedishNumbersMonthsMenuAndAccessibilityTexts() {
        ComponentTexts.ChartLang lang =
                (ComponentTexts.ChartLang) ChartOptions.get(UI.getCurrent()).getLang();
        assertThat(lang.getDecimalPoint()).isEqualTo(",");
        assertThat(lang.getThousandsSep()).isEqualTo("\u00A0");
        assertThat(lang.getContextButtonTitle()).isEqualTo("Diagrammeny");
        assertThat(lang.getMonths()).startsWith("januari", "februari");
        assertThat(lang.getShortWeekdays()).hasSize(7);
        assertThat(lang.getWeekdays()).startsWith("söndag", "måndag");
        assertThat(accessibility(lang, "svgContainerLabel")).isEqualTo("Interaktivt diagram");
        assertThat(accessibility(lang, "chartTypes", "columnSingle"))
                .isEqualTo("Stapeldiagram med {numPoints} {#eq numPoints 1}stapel{else}staplar{/eq}.");
        assertThat(accessibility(lang, "legend", "legendItem")).isEqualTo("Visa {itemName}");
        // What the browser gets: the accessibility texts inside lang.
        String json = ChartSerialization.toJSON(ChartOptions.get(UI.getCurrent()));
        assertThat(json).contains("\"decimalPoint\":\",\"", "\"svgContainerLabel\":\"Interaktivt diagram\"");
    }

    @Test
    void chartsUseEnglishInTheEnglishUi() {
        english();
        ComponentTexts.ChartLang lang =
                (ComponentTexts.ChartLang) ChartOptions.get(UI.getCurrent()).getLang();
        assertThat(lang.getDecimalPoint()).isEqualTo(".");
        assertThat(lang.getThousandsSep()).isEqualTo(",");
        assertThat(lang.getMonths()).startsWith("January");
        assertThat(lang.getContextButtonTitle()).isEqualTo("Chart menu");
        assertThat(accessibility(lang, "svgContainerLabel")).isEqualTo("Interactive chart");
        assertThat(accessibility(lang, "legend", "legendItem")).isEqualTo("Show {itemName}");
    }

    @Test
    void aRouteTheRoleMayNotOpenSaysSoInSwedishWithTheWayBack() {
        login("namnd");
        navigate("admin/anvandare");
        AccessDeniedView denied = _get(AccessDeniedView.class);
        assertThat(_get(denied, H1.class, spec -> {}).getText()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(denied.getElement().getTextRecursively()).contains("/admin/anvandare");
        Anchor back = _get(denied, Anchor.class, spec -> {});
        assertThat(back.getText()).isEqualTo("Tillbaka till startsidan");
        assertThat(back.getHref()).isEmpty();
        english();
        navigate("admin/anvandare");
        assertThat(_get(_get(AccessDeniedView.class), H1.class, spec -> {}).getText())
                .isEqualTo("You do not have access to this page");
    }

    private static void english() {
        chooseLanguage(LanguageSettings.ENGLISH);
    }

    /** The {@code <html lang>} of the page's first response (Vaadin's template says "en"). */
    private static String htmlLang() {
        ServiceInitEvent event = new ServiceInitEvent(VaadinService.getCurrent());
        new LanguageSettings().serviceInit(event);
        Document page = Jsoup.parse("<!doctype html><html lang=\"en\"><head></head><body></body></html>");
        event.getAddedIndexHtmlRequestListeners()
                .forEach(listener -> listener.modifyIndexHtmlResponse(
                        new IndexHtmlResponse(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), page)));
        return page.getElementsByTag("html").attr("lang");
    }

    @SuppressWarnings("unchecked")
    private static Object accessibility(ComponentTexts.ChartLang lang, String... path) {
        Object node = lang.getAccessibility();
        for (String step : path) {
            node = ((Map<String, Object>) node).get(step);
        }
        return node;
    }
}
