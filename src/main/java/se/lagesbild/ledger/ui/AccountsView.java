package se.lagesbild.ledger.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportLinks;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.Figures;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.ledger.LedgerService.AccountFigures;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;

/**
 * Ekonomi → a verksamhet's kostnadsslag → its konton ({@code /ekonomi/konton?verksamhet=EKB&kostnadsslag=GRANTS&period=2021-08}):
 * utfall, budget (where the budget was given per account) and avvikelse up to the period, the year's
 * budget, and utfall per month, with the accounts' names from the ledger; exported as XLSX or CSV.
 * Redrawn live when the economy changes.
 */
@PermitAll
@Route(SetupRoutes.ACCOUNTS)
class AccountsView extends PeriodView {

    private final LedgerService ledger;
    private final OrganisationService organisation;
    private final Div content = new Div();
    private final Grid<AccountFigures> grid = new Grid<>();
    private String activityCode;
    private String costTypeCode;
    private List<AccountFigures> shown = List.of();

    AccountsView(
            LedgerService ledger,
            EconomyService economy,
            OrganisationService organisation,
            ChangeBroadcaster broadcaster) {
        super("ledger.accounts.title", "accounts-view", economy, broadcaster, java.util.Set.of(Topic.ECONOMY));
        this.ledger = ledger;
        this.organisation = organisation;
        grid.addClassName("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        for (Column column : columns()) {
            Grid.Column<AccountFigures> c = grid.addColumn(a -> column.text(a))
                    .setHeader(getTranslation(column.key(), column.arg()))
                    .setKey(column.key() + column.arg())
                    .setAutoWidth(true);
            if (column.label()) {
                c.setFrozen(true).setWidth("16rem").setFlexGrow(0);
            } else {
                c.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        grid.setPartNameGenerator(a -> a.account().isEmpty() ? "total-row" : null);
        content.setWidthFull();
        add(content);
    }

    /** A column of the grid and the export: its header and its value. */
    private record Column(String key, String arg, boolean label, Function<AccountFigures, BigDecimal> value) {

        String text(AccountFigures a) {
            return label ? (a.account().isEmpty() ? a.name() : a.label()) : SwedishFormat.tkr(value.apply(a));
        }
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("ledger.accounts.account", "", true, a -> null));
        columns.add(
                new Column("ledger.accounts.actual", "", false, a -> a.figures().actual()));
        columns.add(new Column(
                "ledger.accounts.budget",
                "",
                false,
                a -> a.hasBudget() ? a.figures().budget() : null));
        columns.add(new Column(
                "ledger.accounts.deviation",
                "",
                false,
                a -> a.hasBudget() ? a.figures().deviation() : null));
        columns.add(new Column(
                "ledger.accounts.budgetYear",
                "",
                false,
                a -> a.hasBudget() ? a.figures().budgetYear() : null));
        String[] months = Periods.shortMonths(getLocale());
        for (int m = 1; m <= 12; m++) {
            int month = m;
            columns.add(new Column(
                    "ledger.accounts.month",
                    months[m - 1],
                    false,
                    a -> a.actualByMonth().get(month)));
        }
        return columns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        activityCode = parameters.getOrDefault("verksamhet", List.of("")).getFirst();
        costTypeCode = parameters.getOrDefault("kostnadsslag", List.of("")).getFirst();
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        Organisation org = organisation.organisation(period.getYear());
        String activity = org.activity(activityCode).map(a -> a.name()).orElse(activityCode);
        String costType = org.costTypesByCode().containsKey(costTypeCode)
                ? org.costTypesByCode().get(costTypeCode).name()
                : costTypeCode;
        if (redrawnInPlace(period + "/" + activityCode + "/" + costTypeCode)) {
            return;
        }
        content.removeAll();
        Anchor back = new Anchor(
                "ekonomi?"
                        + QueryParameters.simple(Map.of("verksamhet", activityCode, Periods.PARAM, period.toString()))
                                .getQueryString(),
                getTranslation("ledger.accounts.back", activity));
        back.addClassName("accounts-back");
        String title = getTranslation("ledger.accounts.heading", activity, costType, periodLabel());
        Div exports = new Div();
        ExportLinks.xlsxAndCsv(
                        getTranslation("economy.export.xlsx"),
                        getTranslation("economy.export.csv"),
                        "lagesbild-" + period + "-" + activityCode + "-" + costTypeCode + "-konton",
                        () -> export(title))
                .forEach(exports::add);
        exports.addClassName("export-actions");
        Paragraph empty = new Paragraph(getTranslation("ledger.accounts.none"));
        empty.addClassName("accounts-none");
        Div header = new Div(new H2(title), exports);
        header.addClassName("section-header");
        content.add(back, header, grid, empty);
        live(() -> ledger.accounts(period(), activityCode, costTypeCode), accounts -> {
            shown = withTotal(accounts);
            grid.setItems(shown);
            empty.setVisible(accounts.isEmpty());
            grid.setVisible(!accounts.isEmpty());
        });
    }

    /** The accounts and their sum (the kostnadsslag's utfall as Ekonomi shows it). */
    private List<AccountFigures> withTotal(List<AccountFigures> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Figures sum = accounts.stream().map(AccountFigures::figures).reduce(Figures.ZERO, Figures::plus);
        Map<Integer, BigDecimal> months = new java.util.TreeMap<>();
        accounts.forEach(a -> a.actualByMonth().forEach((m, v) -> months.merge(m, v, BigDecimal::add)));
        List<AccountFigures> all = new ArrayList<>(accounts);
        all.add(new AccountFigures(
                "",
                getTranslation("ledger.accounts.total"),
                sum,
                months,
                Map.of(),
                accounts.stream().anyMatch(AccountFigures::hasBudget)));
        return all;
    }

    /** The grid as a table: the same columns, the account as its label. */
    ExportTable export(String title) {
        List<Column> columns = columns();
        List<ExportTable.Column> exported = columns.stream()
                .skip(1)
                .map(c -> new ExportTable.Column(getTranslation(c.key(), c.arg()), 0))
                .toList();
        List<ExportTable.Row> rows = shown.stream()
                .map(a -> new ExportTable.Row(
                        a.account().isEmpty() ? a.name() : a.label(),
                        0,
                        columns.stream().skip(1).map(c -> c.value().apply(a)).toList(),
                        a.account().isEmpty()))
                .toList();
        return new ExportTable(title, getTranslation("ledger.accounts.account"), exported, rows);
    }

    Grid<AccountFigures> grid() {
        return grid;
    }
}
