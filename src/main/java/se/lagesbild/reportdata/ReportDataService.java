package se.lagesbild.reportdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Assessment;
import se.lagesbild.importing.SwedishNumbers;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;
import se.lagesbild.security.Role;

/**
 * The delårsrapport's written parts per period: every chapter's text and every written section's rows,
 * saved as whole new versions with who and when (the history), checked field by field by the same rules
 * for the editor and the files. Controllers and ledning write; every signed-in user reads.
 */
@Service
@Transactional(readOnly = true)
public class ReportDataService {

    /** The longest text a cell or a chapter may hold. */
    static final int MAX_CELL = 4000;

    static final int MAX_TEXT = 60_000;

    private final ReportDataRepository repository;
    private final Access access;
    private final Audit audit;
    private final ChangeLog changeLog;

    ReportDataService(ReportDataRepository repository, Access access, Audit audit, ChangeLog changeLog) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.changeLog = changeLog;
    }

    // ------------------------------------------------------------------ access

    /** Who writes the report's texts and sections: controllers and ledning. */
    public boolean mayWrite(String user) {
        return access.user(user)
                .map(u -> u.has(Role.CONTROLLER) || u.has(Role.LEDNING))
                .orElse(false);
    }

    public void checkMayWrite(String user) {
        if (!mayWrite(user)) {
            throw new AccessDeniedException("The user " + user + " may not write the report's sections");
        }
    }

    /** Who reads them: every active user (as the report itself). */
    public void checkMayRead(String user) {
        if (access.user(user).isEmpty()) {
            throw new AccessDeniedException("The user " + user + " may not read the report");
        }
    }

    // ------------------------------------------------------------------ rows

    /** The rows in force for a section and period (empty when none were written). */
    public List<List<String>> rows(SectionKind kind, YearMonth period) {
        return repository.currentRows(kind, period).map(RowSet::rows).orElse(List.of());
    }

    public Optional<RowSet> current(SectionKind kind, YearMonth period) {
        return repository.currentRows(kind, period);
    }

    /**
     * The rows in force of the latest earlier period that has any: the draft a new period starts from
     * (the editor offers them; nothing is saved until the user saves).
     */
    public Optional<RowSet> previous(SectionKind kind, YearMonth period) {
        return repository.previousRows(kind, period).filter(r -> !r.rows().isEmpty());
    }

    /** Every version of a section's rows for a period, the latest first. */
    public List<RowSet> history(SectionKind kind, YearMonth period) {
        return repository.rowHistory(kind, period);
    }

    /**
     * Saves the rows as the section's new version for the period (nothing when they are as in force),
     * by a signed-in user from the editor. Throws {@link InvalidRowsException} with every problem and
     * stores nothing when a row is wrong.
     */
    @Transactional
    public boolean save(SectionKind kind, YearMonth period, List<List<String>> rows, String user) {
        checkMayWrite(user);
        List<List<String>> normalised = normalise(kind, rows, 1);
        return store(kind, period, normalised, user, null);
    }

    /** Stores normalised rows (checked already) as a new version unless they are as in force; for the files. */
    @Transactional
    boolean store(SectionKind kind, YearMonth period, List<List<String>> rows, String user, String source) {
        if (rows.equals(rows(kind, period)) && current(kind, period).isPresent()) {
            return false;
        }
        repository.insertRows(kind, period, rows, Instant.now(), user, source);
        audit.record(
                user,
                AuditKind.REPORT,
                null,
                period.toString(),
                "Rapportavsnitt sparat: " + kind.name(),
                null,
                rows.size() + " rader" + (source == null ? "" : " från " + source));
        changeLog.record(Topic.REPORTS, period.getYear(), null, "reportdata.change.rows", user);
        return true;
    }

    /**
     * Checks and normalises rows: every field by its type, required fields present. {@code firstRow} is the
     * number the first row is named by in errors.
     */
    static List<List<String>> normalise(SectionKind kind, List<List<String>> rows, int firstRow) {
        List<RowError> errors = new ArrayList<>();
        List<List<String>> normalised = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int number = firstRow + r;
            List<String> cells = new ArrayList<>();
            for (int f = 0; f < kind.fields().size(); f++) {
                SectionKind.Field field = kind.fields().get(f);
                String raw = f < row.size() && row.get(f) != null ? row.get(f).strip() : "";
                cells.add(cell(field, raw, number, errors));
            }
            normalised.add(cells);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException(errors);
        }
        return normalised;
    }

    private static String cell(SectionKind.Field field, String raw, int row, List<RowError> errors) {
        if (raw.isEmpty()) {
            if (field.required()) {
                errors.add(new RowError(row, field.header(), "reportdata.error.required", List.of(field.header())));
            }
            return "";
        }
        if (raw.length() > MAX_CELL) {
            errors.add(
                    new RowError(row, field.header(), "reportdata.error.tooLong", List.of(String.valueOf(MAX_CELL))));
            return "";
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> raw;
            case NUMBER -> {
                BigDecimal number = number(raw);
                if (number == null) {
                    errors.add(new RowError(row, field.header(), "reportdata.error.number", List.of(raw)));
                    yield "";
                }
                yield number.toPlainString();
            }
            case SCALE, MONTH, YEAR -> {
                BigDecimal number = number(raw);
                int min = field.type() == SectionKind.Field.Type.YEAR ? 2000 : 1;
                int max = switch (field.type()) {
                    case SCALE -> 5;
                    case MONTH -> 12;
                    default -> 2099;
                };
                if (number == null
                        || number.stripTrailingZeros().scale() > 0
                        || number.intValue() < min
                        || number.intValue() > max) {
                    errors.add(new RowError(
                            row,
                            field.header(),
                            "reportdata.error.range",
                            List.of(raw, String.valueOf(min), String.valueOf(max))));
                    yield "";
                }
                yield String.valueOf(number.intValue());
            }
            case STATUS -> {
                try {
                    yield Assessment.fromLabel(raw).swedishLabel();
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(row, field.header(), "reportdata.error.status", List.of(raw)));
                    yield "";
                }
            }
        };
    }

    /** A number as a Swedish file or a user writes it ("6,33", "−1 924"), or as stored ("6.33"). */
    static BigDecimal number(String text) {
        BigDecimal swedish = SwedishNumbers.parse(text);
        if (swedish != null) {
            return swedish;
        }
        return text.matches("-?\\d+\\.\\d+") ? new BigDecimal(text) : null;
    }

    /** A risk's riskvärde: sannolikhet × konsekvens (null when either is missing). */
    public static Integer riskValue(List<String> risk) {
        try {
            return Integer.parseInt(risk.get(2)) * Integer.parseInt(risk.get(3));
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ texts

    /** The chapter's text in force for the period ("" when none was written). */
    public String text(Chapter chapter, YearMonth period) {
        return repository
                .currentText(chapter, period)
                .map(ChapterText::markdown)
                .orElse("");
    }

    /** Every text of a period's chapters in force. */
    public Map<Chapter, String> texts(YearMonth period) {
        Map<Chapter, String> texts = new java.util.EnumMap<>(Chapter.class);
        for (Chapter chapter : Chapter.values()) {
            texts.put(chapter, text(chapter, period));
        }
        return texts;
    }

    /** The text in force of the latest earlier period that has one: a new period's draft. */
    public Optional<ChapterText> previousText(Chapter chapter, YearMonth period) {
        return repository
                .previousText(chapter, period)
                .filter(t -> !t.markdown().isEmpty());
    }

    public List<ChapterText> textHistory(Chapter chapter, YearMonth period) {
        return repository.textHistory(chapter, period);
    }

    /** Saves a chapter's text as a new version (nothing when unchanged), by a signed-in user. */
    @Transactional
    public boolean saveText(Chapter chapter, YearMonth period, String markdown, String user) {
        checkMayWrite(user);
        return storeText(chapter, period, markdown, user, null);
    }

    @Transactional
    boolean storeText(Chapter chapter, YearMonth period, String markdown, String user, String source) {
        String text = markdown == null ? "" : markdown.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidRowsException(
                    List.of(new RowError(1, null, "reportdata.error.tooLong", List.of(String.valueOf(MAX_TEXT)))));
        }
        if (text.equals(text(chapter, period))) {
            return false;
        }
        repository.insertText(chapter, period, text, Instant.now(), user, source);
        audit.record(
                user, AuditKind.REPORT, null, period.toString(), "Rapporttext sparad: " + chapter.name(), null, source);
        changeLog.record(Topic.REPORTS, period.getYear(), null, "reportdata.change.text", user);
        return true;
    }
}
