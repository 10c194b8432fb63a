package se.lagesbild.importing;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An API token as stored (table api_token), a Spring Data JDBC aggregate: the job's name, the token's
 * SHA-256 hash (never the token), its scopes as a comma-separated list, who created it and when, and
 * when it was revoked (null: in force).
 */
@Table("api_token")
record StoredToken(
        @Id Long id,
        String name,
        @Column("token_sha256") String tokenSha256,
        String scopes,
        Instant createdAt,
        String createdBy,
        Instant revokedAt) {

    static StoredToken create(String name, String hash, String scopes, String createdBy) {
        return new StoredToken(null, name, hash, scopes, Instant.now(), createdBy, null);
    }

    StoredToken withHashAndScopes(String hash, String newScopes) {
        return new StoredToken(id, name, hash, newScopes, createdAt, createdBy, revokedAt);
    }

    /** Revoked now, or as it is when it was revoked before. */
    StoredToken revoked() {
        return revokedAt != null
                ? this
                : new StoredToken(id, name, tokenSha256, scopes, createdAt, createdBy, Instant.now());
    }
}
