package se.lagesbild.economy.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportErrors;
import se.lagesbild.importing.Spreadsheet;
import se.lagesbild.importing.SwedishCsv;
import se.lagesbild.importing.SwedishNumbers;
import se.lagesbild.importing.Table;
import se.lagesbild.importing.UnreadableFileException;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;

/**
 * Reads an economy file and checks it row by row, collecting every error with its row and column:
 * the header, years and months, verksamheter and kostnadsslag (leaves only; the closest known name
 * is suggested), amounts, the budget's monthly profile, verksamheter that do not exist in the year,
 * locked years and keys repeated within the file. The file's rows become facts: one a row, or for a
 * budget twelve (its profile, or the annual amount split evenly to the krona, the rest in December).
 */
final class FileValidator {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    private static final int MAX_WHOLE_DIGITS = 13;
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("\\d{1,5}");
    private static final List<String> MONTH_NAMES = List.of(
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december");

    /** A valid row: the amount as in the file and the facts it stands for. */
    record Line(
            int row,
            int year,
            Integer month,
            Activity activity,
            CostType costType,
            BigDecimal amount,
            List<AmountFact> facts) {}

    /** The file's kind (null when it cannot be told), its valid rows, its first errors and their total. */
    record Result(ImportKind kind, List<Line> lines, List<ImportError> errors, int errorCount) {

        Result(ImportKind kind, List<Line> lines, ImportErrors errors) {
            this(kind, lines, errors.kept(), errors.count());
        }

        boolean ok() {
            return errorCount == 0;
        }
    }

    private final String fileName;
    private final Organisation organisation;
    private final OrganisationService.Names names;
    private final IntFunction<YearState> years;
    private final IntFunction<Organisation> organisationOf;
    private final ImportErrors errors = new ImportErrors();
    private final Map<String, Optional<Activity>> activities = new HashMap<>();
    private final Map<String, Optional<CostType>> costTypes = new HashMap<>();
    private final Map<Integer, YearState> yearStates = new HashMap<>();
    private final java.util.Set<String> leaves;

    FileValidator(
            String fileName,
            Organisation organisation,
            OrganisationService.Names names,
            IntFunction<YearState> years,
            IntFunction<Organisation> organisationOf) {
        this.fileName = fileName;
        this.organisation = organisation;
        this.names = names;
        this.years = years;
        this.organisationOf = organisationOf;
        this.leaves = organisation.costTypes().stream()
                .map(CostType::code)
                .filter(organisation::isLeaf)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Checks a file as {@code requested} (null: as the kind its header names). */
    Result validate(ImportKind requested, byte[] bytes) {
        Table table;
        try {
            if (bytes.length == 0) {
                throw new UnreadableFileException("import.error.empty");
            }
            table = Spreadsheet.isWorkbook(bytes) ? Spreadsheet.read(bytes) : SwedishCsv.read(bytes);
        } catch (UnreadableFileException e) {
            error(null, null, e.messageKey(), e.args().toArray(String[]::new));
            return new Result(requested, List.of(), errors);
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        List<Table.Cell> headerCells = table.header().cells();
        for (int i = 0; i < headerCells.size(); i++) {
            int at = i;
            String text = headerCells.get(i).trimmed();
            Column.of(text).ifPresent(column -> {
                index.putIfAbsent(column, at);
                headers.putIfAbsent(column, text);
            });
        }
        int headerRow = table.header().number();
        ImportKind kind = requested != null
                ? requested
                : ImportKind.detect(index.keySet()).orElse(null);
        if (kind == null) {
            error(headerRow, null, "import.error.kind");
            return new Result(null, List.of(), errors);
        }
        List<Column> required = new ArrayList<>(kind.columns());
        boolean profile = kind == ImportKind.BUDGET && Column.PROFILE.stream().anyMatch(index::containsKey);
        if (profile) {
            required.addAll(Column.PROFILE);
        }
        required.stream()
                .filter(column -> !index.containsKey(column))
                .forEach(column -> error(headerRow, column.header(), "import.error.missingColumn", column.header()));
        if (!errors.isEmpty()) {
            return new Result(kind, List.of(), errors);
        }
        if (table.rows().isEmpty()) {
            error(null, null, "import.error.noRows");
            return new Result(kind, List.of(), errors);
        }
        RowReader reader = new RowReader(kind, index, headers, profile);
        List<Line> lines = new ArrayList<>();
        Map<AmountFact.Key, Integer> firstRowOfKey = new HashMap<>();
        for (Table.Row row : table.rows()) {
            reader.read(row).ifPresent(line -> {
                AmountFact.Key key = new AmountFact.Key(
                        line.year(),
                        line.month() == null ? 0 : line.month(),
                        line.activity().code(),
                        line.costType().code());
                Integer first = firstRowOfKey.putIfAbsent(key, line.row());
                if (first != null) {
                    error(line.row(), null, "import.error.duplicate", String.valueOf(first));
                } else {
                    lines.add(line);
                }
            });
        }
        return new Result(kind, errors.isEmpty() ? lines : List.of(), errors);
    }

    /** Reads the cells of one data row, recording what is wrong with them. */
    private final class RowReader {

        private final ImportKind kind;
        private final Map<Column, Integer> index;
        private final Map<Column, String> headers;
        private final boolean profile;

        RowReader(ImportKind kind, Map<Column, Integer> index, Map<Column, String> headers, boolean profile) {
            this.kind = kind;
            this.index = index;
            this.headers = headers;
            this.profile = profile;
        }

        Optional<Line> read(Table.Row row) {
            int errorsBefore = errors.count();
            Integer year = year(row);
            Integer month = kind.monthColumn() == null ? null : month(row, kind.monthColumn());
            Activity activity = activity(row, year);
            CostType costType = costType(row);
            BigDecimal amount = amount(row, kind.amountColumn());
            List<BigDecimal> monthly =
                    kind != ImportKind.BUDGET || amount == null ? null : profile ? profile(row, amount) : split(amount);
            if (errors.count() > errorsBefore) {
                return Optional.empty();
            }
            List<AmountFact> facts = monthly == null
                    ? List.of(new AmountFact(year, month, activity.code(), costType.code(), amount))
                    : IntStream.rangeClosed(1, 12)
                            .mapToObj(
                                    m -> new AmountFact(year, m, activity.code(), costType.code(), monthly.get(m - 1)))
                            .toList();
            return Optional.of(new Line(row.number(), year, month, activity, costType, amount, facts));
        }

        private Table.Cell cell(Table.Row row, Column column) {
            return row.cell(index.get(column));
        }

        private String header(Column column) {
            return headers.get(column);
        }

        private boolean present(Table.Row row, Column column) {
            if (cell(row, column).isBlank()) {
                error(row.number(), header(column), "import.error.required", header(column));
                return false;
            }
            return true;
        }

        private Integer year(Table.Row row) {
            if (!present(row, Column.YEAR)) {
                return null;
            }
            Table.Cell cell = cell(row, Column.YEAR);
            Integer year = wholeNumber(cell);
            if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
                error(row.number(), header(Column.YEAR), "import.error.year", cell.trimmed());
                return null;
            }
            YearState state = yearStates.computeIfAbsent(year, years::apply);
            if (state == YearState.LOCKED) {
                error(row.number(), header(Column.YEAR), "import.error.locked", String.valueOf(year));
                return null;
            }
            if (state == YearState.DRAFT && kind == ImportKind.BUDGET) {
                error(row.number(), header(Column.YEAR), "import.error.draft", String.valueOf(year));
                return null;
            }
            return year;
        }

        private Integer month(Table.Row row, Column column) {
            if (!present(row, column)) {
                return null;
            }
            Table.Cell cell = cell(row, column);
            Integer month = wholeNumber(cell);
            if (month == null) {
                String text = cell.trimmed().toLowerCase(Locale.ROOT);
                for (int m = 0; m < 12 && text.length() >= 3; m++) {
                    if (MONTH_NAMES.get(m).equals(text)
                            || MONTH_NAMES.get(m).substring(0, 3).equals(text)) {
                        month = m + 1;
                    }
                }
            }
            if (month == null || month < 1 || month > 12) {
                error(row.number(), header(column), "import.error.month", cell.trimmed());
                return null;
            }
            return month;
        }

        private Activity activity(Table.Row row, Integer year) {
            if (!present(row, Column.ACTIVITY)) {
                return null;
            }
            String name = cell(row, Column.ACTIVITY).trimmed();
            Optional<Activity> activity = activities.computeIfAbsent(name, names::activity);
            if (activity.isEmpty()) {
                unknown(
                        row,
                        Column.ACTIVITY,
                        name,
                        "import.error.unknownActivity",
                        organisation.activities().stream().map(Activity::name).toList());
                return null;
            }
            if (year == null) {
                return activity.get();
            }
            // as the verksamhet is named and placed in the row's year
            Optional<Activity> inYear =
                    organisationOf.apply(year).activity(activity.get().code());
            if (inYear.isEmpty()) {
                error(
                        row.number(),
                        header(Column.ACTIVITY),
                        "import.error.activityYear",
                        activity.get().name(),
                        String.valueOf(year));
                return null;
            }
            return inYear.get();
        }

        private CostType costType(Table.Row row) {
            if (!present(row, Column.COST_TYPE)) {
                return null;
            }
            String name = cell(row, Column.COST_TYPE).trimmed();
            Optional<CostType> costType = costTypes.computeIfAbsent(name, names::costType);
            if (costType.isEmpty()) {
                unknown(
                        row,
                        Column.COST_TYPE,
                        name,
                        "import.error.unknownCostType",
                        organisation.costTypes().stream()
                                .filter(c -> leaves.contains(c.code()))
                                .map(CostType::name)
                                .toList());
                return null;
            }
            if (!leaves.contains(costType.get().code())) {
                error(
                        row.number(),
                        header(Column.COST_TYPE),
                        "import.error.groupCostType",
                        costType.get().name(),
                        String.join(
                                ", ",
                                organisation.childrenOf(costType.get().code()).stream()
                                        .map(CostType::name)
                                        .toList()));
                return null;
            }
            return costType.get();
        }

        private void unknown(Table.Row row, Column column, String name, String key, List<String> known) {
            Optional<String> closest = ClosestName.to(name, known);
            if (closest.isPresent()) {
                error(row.number(), header(column), key + ".suggestion", name, closest.get());
            } else {
                error(row.number(), header(column), key, name);
            }
        }

        private BigDecimal amount(Table.Row row, Column column) {
            return present(row, column) ? number(row, column) : null;
        }

        /** The number in a cell with at most three decimals (kronor); null, with an error, otherwise. */
        private BigDecimal number(Table.Row row, Column column) {
            Table.Cell cell = cell(row, column);
            BigDecimal value = SwedishNumbers.parse(cell);
            if (value == null) {
                error(row.number(), header(column), "import.error.amount", cell.trimmed());
                return null;
            }
            value = value.stripTrailingZeros();
            if (value.scale() > 3) {
                error(row.number(), header(column), "import.error.decimals", cell.trimmed());
                return null;
            }
            if (value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
                error(row.number(), header(column), "import.error.tooLarge", cell.trimmed());
                return null;
            }
            return value.setScale(3);
        }

        /** The budget's monthly profile: amounts in tkr (empty = 0) that must add up to the annual amount. */
        private List<BigDecimal> profile(Table.Row row, BigDecimal annual) {
            if (Column.PROFILE.stream().allMatch(column -> cell(row, column).isBlank())) {
                return split(annual);
            }
            List<BigDecimal> months = new ArrayList<>();
            for (Column column : Column.PROFILE) {
                months.add(cell(row, column).isBlank() ? BigDecimal.ZERO.setScale(3) : number(row, column));
            }
            if (months.contains(null)) {
                return null;
            }
            BigDecimal sum = months.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(annual) != 0) {
                error(
                        row.number(),
                        header(Column.ANNUAL_AMOUNT),
                        "import.error.profileSum",
                        SwedishFormat.exact(sum),
                        SwedishFormat.exact(annual));
                return null;
            }
            return months;
        }
    }

    /** The annual amount in twelve equal months to the krona; what is left over goes to December. */
    static List<BigDecimal> split(BigDecimal annualTkr) {
        long kronor = annualTkr
                .movePointRight(3)
                .setScale(0, java.math.RoundingMode.UNNECESSARY)
                .longValueExact();
        long month = kronor / 12;
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            months.add(BigDecimal.valueOf(month, 3));
        }
        months.add(BigDecimal.valueOf(kronor - 11 * month, 3));
        return months;
    }

    /** A whole number in a cell ("2021", " 3 ", an XLSX 2021.0); null when it is not one. */
    private static Integer wholeNumber(Table.Cell cell) {
        if (cell.number() != null) {
            BigDecimal n = cell.number().stripTrailingZeros();
            return n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(100_000)) < 0 ? n.intValue() : null;
        }
        String text = cell.trimmed();
        return WHOLE_NUMBER.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    private void error(Integer row, String column, String key, String... args) {
        errors.add(new ImportError(fileName, row, column, key, List.of(args)));
    }
}
