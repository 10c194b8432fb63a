package se.lagesbild.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: tokens as SHA-256 hashes, with their scopes. */
@Repository
class ApiTokenRepository {

    record Row(long id, String name, String scopes, boolean revoked) {}

    record Listed(String name, String scopes, Timestamp createdAt, String createdBy, Timestamp revokedAt) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byHash(String hash) {
        return jdbc.sql(
                        "select id, name, scopes, revoked_at is not null as revoked from api_token where token_sha256 = ?")
                .param(hash)
                .query(Row.class)
                .optional();
    }

    Optional<String> hashOf(String name) {
        return jdbc.sql("select token_sha256 from api_token where name = ?")
                .param(name)
                .query(String.class)
                .optional();
    }

    List<Listed> all() {
        return jdbc.sql("select name, scopes, created_at, created_by, revoked_at from api_token order by name")
                .query(Listed.class)
                .list();
    }

    void insert(String name, String hash, String scopes, String createdBy) {
        jdbc.sql("insert into api_token (name, token_sha256, scopes, created_at, created_by) values (?, ?, ?, ?, ?)")
                .params(name, hash, scopes, Timestamp.from(Instant.now()), createdBy)
                .update();
    }

    void replace(String name, String hash, String scopes) {
        jdbc.sql("update api_token set token_sha256 = ?, scopes = ? where name = ?")
                .params(hash, scopes, name)
                .update();
    }

    void revoke(String name) {
        jdbc.sql("update api_token set revoked_at = ? where name = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), name)
                .update();
    }
}
