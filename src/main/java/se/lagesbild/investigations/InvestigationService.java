package se.lagesbild.investigations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;

/** Utredningsvolymer and sena utredningar, by the definitions of {@link InvestigationRules}. */
@Service
@Transactional(readOnly = true)
public class InvestigationService {

    private final InvestigationRepository repository;
    private final ChangeLog changeLog;

    InvestigationService(InvestigationRepository repository, ChangeLog changeLog) {
        this.repository = repository;
        this.changeLog = changeLog;
    }

    /** Records cases, each as a new version of its reference, and tells every open view. */
    @Transactional
    public void record(List<Investigation> cases, String summary, String recordedBy, String reason, Long importId) {
        repository.append(cases, recordedBy, reason, importId);
        changeLog.record(Topic.INVESTIGATIONS, null, summary, recordedBy);
    }

    /** Volumes of an enhet in one month. */
    public Volumes month(String unitCode, YearMonth month) {
        return repository.volumes(unitCode, month.atDay(1), month.atEndOfMonth());
    }

    /** Volumes of an enhet from January to the end of {@code month} (e.g. "januari–augusti"). */
    public Volumes yearToDate(String unitCode, YearMonth month) {
        return repository.volumes(unitCode, LocalDate.of(month.getYear(), 1, 1), month.atEndOfMonth());
    }

    /** Open cases past their deadline at the end of {@code asOf} (the count a chef acts on). */
    public int overdue(String unitCode, LocalDate asOf) {
        return repository.overdue(unitCode, asOf);
    }

    /** The latest month in which a case was opened or closed. */
    public Optional<YearMonth> latestPeriod() {
        return repository.latestMonth();
    }

    public List<String> unitsWithCases() {
        return repository.unitsWithCases();
    }

    /** The target for andel sena of an enhet and year, in %. */
    public Optional<BigDecimal> lateShareTarget(String unitCode, int year) {
        return repository.target(unitCode, year);
    }

    @Transactional
    public void setLateShareTarget(String unitCode, int year, BigDecimal percent, String changedBy) {
        repository.setTarget(unitCode, year, percent);
        changeLog.record(Topic.INVESTIGATIONS, year, "Mål för andel sena utredningar", changedBy);
    }
}
