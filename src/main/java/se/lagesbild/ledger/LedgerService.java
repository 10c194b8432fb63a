package se.lagesbild.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.economy.Figures;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The kontoplan of each year (which kostnadsslag an account is summed into, which verksamhet an ansvar
 * and/or verksamhetskod belongs to), its defaults from Kommun-Bas 13, and the drill from a verksamhet's
 * kostnadsslag to its konton. Changes are the structure's: admin and controller, audited, refused in
 * a locked year.
 */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    /**
     * Kommun-Bas 13's classes and groups and the kostnadsslag they default to, found by a word of its
     * name (income or cost); documented in import-formats.md. Unmatched defaults are left out.
     */
    record Default(String first, String last, boolean income, List<String> words) {}

    static final List<Default> KOMMUN_BAS = List.of(
            new Default("3", "3", true, List.of("övriga intäkter", "intäkter")),
            new Default("40", "44", false, List.of("övrig")),
            new Default("45", "45", false, List.of("bidrag")),
            new Default("46", "46", false, List.of("köp av")),
            new Default("47", "49", false, List.of("övrig")),
            new Default("5", "5", false, List.of("personal")),
            new Default("60", "60", false, List.of("lokalhyr", "hyror", "hyra")),
            new Default("61", "79", false, List.of("övrig")));

    private final LedgerRepository repository;
    private final OrganisationService organisation;
    private final Access access;
    private final Audit audit;

    LedgerService(LedgerRepository repository, OrganisationService organisation, Access access, Audit audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
        this.audit = audit;
    }

    public Kontoplan kontoplan(int year) {
        return repository.kontoplan(year);
    }

    /**
     * Replaces a year's kontoplan, all or nothing: every range's accounts are digits and the range
     * ascends, names a kostnadsslag that is a leaf in the year, no two ranges overlap; every rule's
     * verksamhet exists in the year, no rule twice.
     */
    @Transactional
    public void save(Kontoplan plan, String user) {
        access.checkMayEditStructure(user);
        store(plan, user);
    }

    /** Saves a checked kontoplan for a caller that has checked who may (a struktur file's token). */
    @Transactional
    void store(Kontoplan plan, String user) {
        organisation.checkNotLocked(plan.year());
        check(plan);
        repository.replace(plan, user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                null,
                String.valueOf(plan.year()),
                "Kontoplan " + plan.year() + ": " + plan.ranges().size() + " kontointervall, "
                        + plan.activities().size() + " ansvar/verksamhetskoder",
                null,
                null);
    }

    /** Refuses a kontoplan the rules do not allow, naming the first thing wrong. */
    public void check(Kontoplan plan) {
        Organisation org = organisation.organisation(plan.year());
        Map<String, CostType> costTypes = org.costTypesByCode();
        for (AccountRange range : plan.ranges()) {
            if (!range.valid()) {
                throw new StructureException("ledger.error.range", range.label());
            }
            if (!costTypes.containsKey(range.costTypeCode())) {
                throw new StructureException("ledger.error.costType", range.costTypeCode(), plan.year());
            }
            if (!org.isLeaf(range.costTypeCode())) {
                throw new StructureException(
                        "ledger.error.costTypeGroup",
                        costTypes.get(range.costTypeCode()).name());
            }
        }
        List<String> overlaps = plan.overlaps();
        if (!overlaps.isEmpty()) {
            throw new StructureException("ledger.error.overlap", String.join(", ", overlaps));
        }
        Set<String> seen = new HashSet<>();
        for (ActivityRule rule : plan.activities()) {
            if (rule.ansvar().isEmpty() && rule.verksamhetskod().isEmpty()) {
                throw new StructureException("ledger.error.emptyRule", rule.activityCode());
            }
            if (org.activity(rule.activityCode())
                    .filter(a -> a.existsIn(plan.year()))
                    .isEmpty()) {
                throw new StructureException("ledger.error.activity", rule.activityCode(), plan.year());
            }
            if (!seen.add(rule.ansvar() + '\u0000' + rule.verksamhetskod())) {
                throw new StructureException("ledger.error.duplicateRule", rule.label());
            }
        }
    }

    /** Adds ranges and rules to a year's kontoplan (the import dialog's mapping of unmapped codes). */
    @Transactional
    public void add(int year, List<AccountRange> ranges, List<ActivityRule> rules, String user) {
        Kontoplan now = kontoplan(year);
        List<AccountRange> allRanges = new ArrayList<>(now.ranges());
        allRanges.addAll(ranges);
        List<ActivityRule> allRules = new ArrayList<>(now.activities());
        allRules.addAll(rules);
        save(new Kontoplan(year, allRanges, allRules), user);
    }

    /**
     * Kommun-Bas 13's defaults for a year: each class or group mapped to the year's leaf kostnadsslag
     * whose name holds the default's word (an income kostnadsslag for class 3); a default no kostnadsslag
     * matches is left out. Not saved: the controller reviews and saves.
     */
    public List<AccountRange> defaults(int year) {
        Organisation org = organisation.organisation(year);
        List<CostType> leaves =
                org.costTypes().stream().filter(c -> org.isLeaf(c.code())).toList();
        List<AccountRange> ranges = new ArrayList<>();
        for (Default d : KOMMUN_BAS) {
            d.words().stream()
                    .flatMap(word -> leaves.stream()
                            .filter(c -> c.income() == d.income())
                            .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(word)))
                    .findFirst()
                    .ifPresent(c -> ranges.add(new AccountRange(d.first(), d.last(), c.code())));
        }
        return ranges;
    }

    /** Nytt år: the kontoplan of {@code from} carries on into {@code to} (unless {@code to} has one). */
    @Transactional
    public int copyYear(int from, int to, String user) {
        access.checkMayEditStructure(user);
        if (repository.hasKontoplan(to) || !repository.hasKontoplan(from)) {
            return 0;
        }
        Kontoplan plan = repository.kontoplan(from);
        repository.replace(new Kontoplan(to, plan.ranges(), plan.activities()), user);
        return plan.ranges().size();
    }

    /** The accounts' names as the files gave them. */
    public Map<String, String> accountNames(int year) {
        return repository.names(year);
    }

    /**
     * The konton of a verksamhet's kostnadsslag for a period: utfall and budget for the months up to
     * the period's (budget null where no budget was given per account), the year's budget, and every
     * month's utfall and budget; sorted by account.
     */
    public List<AccountFigures> accounts(YearMonth period, String activityCode, String costTypeCode) {
        int year = period.getYear();
        int month = period.getMonthValue();
        Map<String, String> names = repository.names(year);
        Map<String, AccountFigures.Builder> accounts = new TreeMap<>();
        for (LedgerRepository.AccountMonth row : repository.cell(year, activityCode, costTypeCode)) {
            AccountFigures.Builder account =
                    accounts.computeIfAbsent(row.account(), a -> new AccountFigures.Builder(a, names.get(a)));
            account.add(row.kind() == LedgerRows.Kind.BUDGET, row.month(), row.amountTkr());
        }
        return accounts.values().stream().map(b -> b.build(month)).toList();
    }

    /** Whether a verksamhet's kostnadsslag has anything at account level in a year (offers the drill). */
    public boolean hasAccounts(YearMonth period, String activityCode, String costTypeCode) {
        return !repository.cell(period.getYear(), activityCode, costTypeCode).isEmpty();
    }

    /** One account's figures in a drill. */
    public record AccountFigures(
            String account,
            String name,
            Figures figures,
            Map<Integer, BigDecimal> actualByMonth,
            Map<Integer, BigDecimal> budgetByMonth,
            boolean hasBudget) {

        /** "4510 Bidrag till föreningar", or the account alone when the file gave no name. */
        public String label() {
            return name == null ? account : account + " " + name;
        }

        static final class Builder {
            private final String account;
            private final String name;
            private final Map<Integer, BigDecimal> actual = new TreeMap<>();
            private final Map<Integer, BigDecimal> budget = new TreeMap<>();

            Builder(String account, String name) {
                this.account = account;
                this.name = name;
            }

            void add(boolean isBudget, int month, BigDecimal amount) {
                (isBudget ? budget : actual).merge(month, amount, BigDecimal::add);
            }

            AccountFigures build(int upTo) {
                Predicate<Integer> inPeriod = m -> m <= upTo;
                BigDecimal a = sum(actual, inPeriod);
                BigDecimal b = sum(budget, inPeriod);
                BigDecimal year = sum(budget, m -> true);
                return new AccountFigures(
                        account,
                        name,
                        new Figures(a, b, null, year, null),
                        Map.copyOf(actual),
                        Map.copyOf(budget),
                        !budget.isEmpty());
            }

            private static BigDecimal sum(Map<Integer, BigDecimal> months, Predicate<Integer> which) {
                return months.entrySet().stream()
                        .filter(e -> which.test(e.getKey()))
                        .map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
    }

    /** Finds the code of a kostnadsslag by code or name in a year (for the struktur file). */
    Optional<CostType> costType(int year, String codeOrName) {
        Organisation org = organisation.organisation(year);
        return org.costTypes().stream()
                .filter(c -> c.code().equalsIgnoreCase(codeOrName.strip())
                        || OrganisationService.normalise(c.name()).equals(OrganisationService.normalise(codeOrName)))
                .findFirst();
    }
}
