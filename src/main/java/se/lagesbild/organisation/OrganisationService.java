package se.lagesbild.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation; resolves the spelling variants of unit names to one enhet. */
@Service
public class OrganisationService {

    private final OrganisationRepository repository;
    private volatile Organisation cached;

    OrganisationService(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** True until an organisation has been set up (a new, empty database). */
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /** Sets up the organisation of a new database. */
    @Transactional
    public void create(Organisation organisation, String administrationCode, String administrationName,
                       List<String[]> unitAliases) {
        repository.insert(organisation, administrationCode, administrationName, unitAliases);
        cached = null;
    }

    /** The organisation; read once and kept, as it changes only when an admin changes it. */
    public Organisation organisation() {
        Organisation organisation = cached;
        if (organisation == null) {
            organisation = repository.load();
            cached = organisation;
        }
        return organisation;
    }

    /** The enhet a name or code in a file or report means: code, canonical name or known alias. */
    public Optional<Unit> resolveUnit(String nameOrCode) {
        Organisation organisation = organisation();
        String wanted = normalise(nameOrCode);
        Optional<Unit> direct = organisation.units().stream()
                .filter(u -> normalise(u.code()).equals(wanted) || normalise(u.name()).equals(wanted))
                .findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return repository.unitAliases().stream()
                .filter(alias -> normalise(alias[0]).equals(wanted))
                .findFirst()
                .flatMap(alias -> organisation.unit(alias[1]));
    }

    static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
