package se.lagesbild.importing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.TextLimits;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The one place that decides whether a call to the import endpoint is allowed: a bearer token in
 * force (not revoked) whose scopes include the kind of file posted (an economy file or the
 * investigations case export). Tokens are stored only as their
 * SHA-256 hash. Tokens belong to a job, never to a user: an admin creates one (the value is shown
 * once), scopes it to what it may import, and revokes it; each of those is audited.
 */
@Service
public class ApiTokens {

    /** A token in force: its name and the scopes it may import. */
    public record ApiToken(String name, Set<ImportScope> scopes) {

        /** Who an import by this token is recorded as, in the import log and the audit trail: {@code api:<job>}. */
        public String recordedAs() {
            return TextLimits.cut(TextLimits.API_PREFIX + name, TextLimits.USER_NAME);
        }
    }

    /** A token as an admin sees it: never its value. */
    public record TokenInfo(
            String name, Set<ImportScope> scopes, Instant createdAt, String createdBy, Instant revokedAt) {}

    /** A token name that is blank, too long or already used; the message is a translation key. */
    public static class InvalidTokenException extends IllegalArgumentException {

        InvalidTokenException(String key) {
            super(key);
        }
    }

    private static final String BEARER = "Bearer ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;
    private final Access access;
    private final Audit audit;

    ApiTokens(ApiTokenRepository repository, Access access, Audit audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** Every token, in force and revoked, by name; for admins. */
    @Transactional(readOnly = true)
    public List<TokenInfo> all(String actor) {
        access.checkMayAdminister(actor);
        return repository.findAllByOrderByName().stream()
                .map(row -> new TokenInfo(
                        row.name(), scopes(row.scopes()), row.createdAt(), row.createdBy(), row.revokedAt()))
                .toList();
    }

    /** Creates a token for a job and returns its value, which is stored only as a hash and shown only now. */
    @Transactional
    public String create(String actor, String name, Set<ImportScope> scopes) {
        access.checkMayAdminister(actor);
        String job = name == null ? "" : name.strip();
        if (job.length() < 2
                || job.length() > TextLimits.API_TOKEN_NAME
                || repository.findByName(job).isPresent()) {
            throw new InvalidTokenException("security.tokens.error.name");
        }
        if (scopes.isEmpty()) {
            throw new InvalidTokenException("security.tokens.error.scopes");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        repository.save(StoredToken.create(job, hash(token), scopeList(scopes), actor));
        audit.record(actor, AuditKind.USER_CHANGE, null, null, "API-nyckel skapad: " + job, null, scopeList(scopes));
        return token;
    }

    /** Revokes a token for an admin: from now on it is refused. */
    @Transactional
    public void revoke(String actor, String name) {
        access.checkMayAdminister(actor);
        revoke(name);
        audit.record(actor, AuditKind.USER_CHANGE, null, null, "API-nyckel återkallad: " + name, null, null);
    }

    /** The token an {@code Authorization: Bearer …} header carries, if it is in force and may import {@code scope}. */
    @Transactional(readOnly = true)
    public Optional<ApiToken> authorise(String authorization, ImportScope scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return repository
                .findByTokenSha256(hash(token))
                .filter(row -> row.revokedAt() == null)
                .map(row -> new ApiToken(row.name(), scopes(row.scopes())))
                .filter(found -> found.scopes().contains(scope));
    }

    /** Creates the token {@code name}, or gives it this value and these scopes (a revoked token stays revoked). */
    @Transactional
    public void put(String name, String plainToken, Set<ImportScope> scopes) {
        String hash = hash(plainToken);
        String scopeList = scopeList(scopes);
        repository.save(repository
                .findByName(name)
                .map(stored -> stored.withHashAndScopes(hash, scopeList))
                .orElseGet(() -> StoredToken.create(name, hash, scopeList, null)));
    }

    /**
     * The first import token of a new database, for every scope, named {@code name}: created only while
     * there is no token at all (a later start with the setting changes nothing), recorded as made by
     * {@code start}. Returns whether it was created.
     */
    @Transactional
    public boolean createInitial(String name, String plainToken) {
        if (repository.count() > 0) {
            return false;
        }
        String scopes = scopeList(EnumSet.allOf(ImportScope.class));
        repository.save(StoredToken.create(name, hash(plainToken), scopes, "start"));
        audit.record("start", AuditKind.USER_CHANGE, null, null, "API-nyckel skapad vid start: " + name, null, scopes);
        return true;
    }

    /** Revokes a token: from now on it is refused. */
    @Transactional
    public void revoke(String name) {
        repository.findByName(name).map(StoredToken::revoked).ifPresent(repository::save);
    }

    private static String scopeList(Set<ImportScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static String hash(String token) {
        return Checksums.sha256(token);
    }

    private static Set<ImportScope> scopes(String list) {
        Set<ImportScope> scopes = EnumSet.noneOf(ImportScope.class);
        Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> Arrays.stream(ImportScope.values())
                        .filter(k -> k.name().equals(s))
                        .forEach(scopes::add));
        return scopes;
    }
}
