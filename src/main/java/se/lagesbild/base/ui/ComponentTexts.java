package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.charts.model.Lang;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts of Vaadin's own components (the drawer toggle, password fields' reveal button, the
 * upload, the multi-select's announcements, Highcharts' {@code lang} options) in the UI's language, from the translations: one place, so no
 * view leaves a component saying "Toggle navigation panel" or "Drop file here" to a Swedish user.
 */
public final class ComponentTexts {

    /** Highcharts' accessibility texts (lang.accessibility.*), each a path below that object. */
    static final List<String> CHART_ACCESSIBILITY = List.of(
            "defaultChartTitle",
            "chartContainerLabel",
            "svgContainerLabel",
            "graphicContainerLabel",
            "credits",
            "screenReaderSection.endOfChartMarker",
            "legend.legendItem",
            "legend.legendLabel",
            "legend.legendLabelNoTitle",
            "exporting.chartMenuLabel",
            "exporting.menuButtonLabel",
            "chartTypes.emptyChart",
            "chartTypes.mapTypeDescription",
            "chartTypes.unknownMap",
            "chartTypes.combinationChart",
            "chartTypes.defaultSingle",
            "chartTypes.defaultMultiple",
            "chartTypes.lineSingle",
            "chartTypes.lineMultiple",
            "chartTypes.splineSingle",
            "chartTypes.splineMultiple",
            "chartTypes.columnSingle",
            "chartTypes.columnMultiple",
            "chartTypes.barSingle",
            "chartTypes.barMultiple",
            "chartTypes.pieSingle",
            "chartTypes.pieMultiple",
            "series.summary.default",
            "series.summary.line",
            "series.summary.column",
            "series.summary.bar",
            "series.xAxisDescription",
            "series.yAxisDescription",
            "axis.xAxisDescriptionSingular",
            "axis.xAxisDescriptionPlural",
            "axis.yAxisDescriptionSingular",
            "axis.yAxisDescriptionPlural",
            "axis.rangeFromTo",
            "axis.rangeCategories",
            "zoom.resetZoomButton");

    private ComponentTexts() {}

    /** The app layout's drawer, as a screen reader names it ("Navigeringspanel"). */
    public static AppLayout appLayout(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("component.drawer")));
        return layout;
    }

    /** The drawer toggle's accessible name ("Visa eller dölj menyn"). */
    public static DrawerToggle drawerToggle(DrawerToggle toggle) {
        toggle.setAriaLabel(toggle.getTranslation("component.drawerToggle"));
        return toggle;
    }

    /**
     * The login form's password reveal button ("Visa lösenord"): LoginI18n has no text for it, so
     * the password field inside the form gets its i18n in the browser.
     */
    public static void loginPasswordReveal(LoginForm form) {
        passwordReveal(form, "this.querySelector('vaadin-password-field')");
    }

    /** A password field's reveal button ("Visa lösenord"), which PasswordFieldI18n has no text for. */
    public static PasswordField passwordReveal(PasswordField field) {
        passwordReveal(field, "this");
        return field;
    }

    private static void passwordReveal(Component component, String field) {
        component
                .getElement()
                .executeJs(
                        "const set = () => { const p = " + field + ";"
                                + " if (p) { p.i18n = { ...(p.i18n || {}), reveal: $0 }; } else { setTimeout(set, 50); } };"
                                + " set();",
                        component.getTranslation("component.login.showPassword"));
    }

    /** A multi-select combo box's screen reader announcements ("Valet tömt", "3 valda" …). */
    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> box) {
        Function<String, String> t = key -> box.getTranslation("component.multiSelect." + key);
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t.apply("cleared"))
                .setFocused(t.apply("focused"))
                .setSelected(t.apply("selected"))
                .setDeselected(t.apply("deselected"))
                .setTotal(t.apply("total")));
        return box;
    }

    /** The upload's texts: its button, drop label, errors and progress. */
    public static Upload upload(Upload upload) {
        Function<String, String> t = key -> upload.getTranslation("component.upload." + key);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("addFile")).setMany(t.apply("addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("dropFile")).setMany(t.apply("dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t.apply("tooManyFiles"))
                .setFileIsTooBig(t.apply("fileTooBig"))
                .setIncorrectFileType(t.apply("incorrectFileType")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t.apply("retry"))
                .setStart(t.apply("start"))
                .setRemove(t.apply("remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t.apply("connecting"))
                        .setStalled(t.apply("stalled"))
                        .setProcessing(t.apply("processing"))
                        .setHeld(t.apply("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t.apply("remainingPrefix"))
                        .setUnknown(t.apply("remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t.apply("serverUnavailable"))
                        .setUnexpectedServerError(t.apply("unexpectedServerError"))
                        .setForbidden(t.apply("forbidden"))
                        .setFileTooLarge(t.apply("fileTooLarge"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /**
     * Highcharts' {@code lang} options for {@code ui} in {@code locale}: the number format (decimal
     * comma and a non-breaking space in Swedish), the menu, months and weekdays, and the accessibility
     * module's texts (which the Java API has no setters for, so they travel as an extra object).
     */
    public static ChartLang chartLang(UI ui, Locale locale) {
        Function<String, String> t = key -> ui.getTranslation(locale, key);
        ChartLang lang = new ChartLang();
        lang.setDecimalPoint(t.apply("chart.lang.decimalPoint"));
        lang.setThousandsSep(t.apply("chart.lang.thousandsSep"));
        // Whole numbers on the axes ("−12 000"), not "−12k".
        lang.setNumericSymbols(new String[0]);
        lang.setContextButtonTitle(t.apply("chart.lang.contextButtonTitle"));
        lang.setDownloadPNG(t.apply("chart.lang.downloadPNG"));
        lang.setDownloadJPEG(t.apply("chart.lang.downloadJPEG"));
        lang.setDownloadPDF(t.apply("chart.lang.downloadPDF"));
        lang.setDownloadSVG(t.apply("chart.lang.downloadSVG"));
        lang.setPrintChart(t.apply("chart.lang.printChart"));
        lang.setLoading(t.apply("chart.lang.loading"));
        lang.setNoData(t.apply("chart.lang.noData"));
        lang.setResetZoom(t.apply("chart.lang.resetZoom"));
        lang.setResetZoomTitle(t.apply("chart.lang.resetZoomTitle"));
        lang.setInvalidDate(t.apply("chart.lang.invalidDate"));
        lang.setMonths(months(locale, TextStyle.FULL_STANDALONE));
        lang.setShortMonths(months(locale, TextStyle.SHORT_STANDALONE));
        lang.setWeekdays(weekdays(locale, TextStyle.FULL_STANDALONE));
        lang.setShortWeekdays(weekdays(locale, TextStyle.SHORT_STANDALONE));
        Map<String, Object> accessibility = new LinkedHashMap<>();
        for (String path : CHART_ACCESSIBILITY) {
            put(accessibility, path, t.apply("chart.accessibility." + path));
        }
        lang.setAccessibility(accessibility);
        return lang;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, String text) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            tree.put(path, text);
        } else {
            put(
                    (Map<String, Object>) tree.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>()),
                    path.substring(dot + 1),
                    text);
        }
    }

    private static String[] months(Locale locale, TextStyle style) {
        return Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(style, locale))
                .toArray(String[]::new);
    }

    /** Sunday first, as Highcharts counts. */
    private static String[] weekdays(Locale locale, TextStyle style) {
        return java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale))
                .toArray(String[]::new);
    }

    /** Highcharts' lang options with the accessibility module's texts, which {@link Lang} lacks. */
    public static class ChartLang extends Lang {

        private Map<String, Object> accessibility;

        public Map<String, Object> getAccessibility() {
            return accessibility;
        }

        public void setAccessibility(Map<String, Object> accessibility) {
            this.accessibility = accessibility;
        }
    }
}
