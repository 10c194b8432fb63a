package se.lagesbild.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Assessment;
import se.lagesbild.security.Access;

/** What changed in an indicator's month, version by version (details: for those who may read the enhet's). */
@Service
@Transactional(readOnly = true)
public class GoalHistory {

    private final GoalRepository repository;
    private final Access access;

    GoalHistory(GoalRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /** What changed in an indicator's month: who, when, which field, old → new. */
    public record HistoryEntry(Instant at, String by, Field field, String before, String after) {

        /** The field that changed; outcomes as plain numbers, manual colours as {@link Assessment} names. */
        public enum Field {
            OUTCOME,
            COMMENT,
            MANUAL
        }
    }

    /** Every change of an indicator's outcome, comment and manual colour in a month, newest first. */
    public List<HistoryEntry> history(long indicatorId, YearMonth period) {
        repository.indicatorHome(indicatorId).ifPresent(home -> access.checkMayReadDetails(home.unitCode()));
        int year = period.getYear();
        int month = period.getMonthValue();
        List<HistoryEntry> history = new ArrayList<>();
        GoalRepository.Version previous = null;
        for (GoalRepository.Version v : repository.outcomeVersions(indicatorId, year, month)) {
            BigDecimal before = previous == null ? null : previous.outcome();
            if (previous == null || !GoalEntry.sameNumber(before, v.outcome())) {
                history.add(new HistoryEntry(
                        v.at(),
                        v.by(),
                        HistoryEntry.Field.OUTCOME,
                        GoalEntry.plain(before),
                        GoalEntry.plain(v.outcome())));
            }
            String beforeComment = previous == null ? null : previous.comment();
            if (!Objects.equals(beforeComment, v.comment())) {
                history.add(new HistoryEntry(v.at(), v.by(), HistoryEntry.Field.COMMENT, beforeComment, v.comment()));
            }
            previous = v;
        }
        Assessment beforeManual = null;
        for (GoalRepository.Version v : repository.manualVersions(indicatorId, year, month)) {
            history.add(new HistoryEntry(
                    v.at(),
                    v.by(),
                    HistoryEntry.Field.MANUAL,
                    beforeManual == null ? null : beforeManual.name(),
                    v.assessment() == null ? null : v.assessment().name()));
            beforeManual = v.assessment();
        }
        history.sort(Comparator.comparing(HistoryEntry::at));
        java.util.Collections.reverse(history);
        return history;
    }
}
