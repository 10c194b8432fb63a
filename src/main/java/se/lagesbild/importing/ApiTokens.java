package se.lagesbild.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a call to the import endpoint is allowed: a bearer token in
 * force (not revoked) whose scopes include the kind of file posted. Tokens are stored only as their
 * SHA-256 hash. (Managing tokens in the UI comes with the access-control work.)
 */
@Service
public class ApiTokens {

    /** A token in force: its name (recorded as who imported) and the kinds it may import. */
    public record ApiToken(String name, Set<ImportKind> scopes) {
    }

    private static final String BEARER = "Bearer ";

    private final ApiTokenRepository repository;

    ApiTokens(ApiTokenRepository repository) {
        this.repository = repository;
    }

    /** The token an {@code Authorization: Bearer …} header carries, if it is in force and may import {@code kind}. */
    @Transactional(readOnly = true)
    public Optional<ApiToken> authorise(String authorization, ImportKind kind) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return repository.byHash(hash(token))
                .filter(row -> !row.revoked())
                .map(row -> new ApiToken(row.name(), scopes(row.scopes())))
                .filter(found -> found.scopes().contains(kind));
    }

    /** Creates the token {@code name}, or gives it this value and these scopes (a revoked token stays revoked). */
    @Transactional
    public void put(String name, String plainToken, Set<ImportKind> scopes) {
        String hash = hash(plainToken);
        String scopeList = scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        if (repository.hashOf(name).isPresent()) {
            repository.replace(name, hash, scopeList);
        } else {
            repository.insert(name, hash, scopeList);
        }
    }

    /** Revokes a token: from now on it is refused. */
    @Transactional
    public void revoke(String name) {
        repository.revoke(name);
    }

    static String hash(String token) {
        return ImportService.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<ImportKind> scopes(String list) {
        Set<ImportKind> scopes = EnumSet.noneOf(ImportKind.class);
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> Arrays.stream(ImportKind.values()).filter(k -> k.name().equals(s)).forEach(scopes::add));
        return scopes;
    }
}
