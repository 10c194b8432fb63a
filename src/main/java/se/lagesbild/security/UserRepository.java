package se.lagesbild.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user tables: users, their roles and enheter. */
@Repository
class UserRepository {

    record Row(
            long id,
            String username,
            String displayName,
            String email,
            String passwordHash,
            boolean demoPassword,
            boolean active) {}

    private static final String COLUMNS =
            "select id, username, display_name, email, password_hash, demo_password, active" + " from app_user";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byUsername(String username) {
        return jdbc.sql(COLUMNS + " where username = ?")
                .param(username)
                .query(Row.class)
                .optional();
    }

    Optional<Row> byEmail(String email) {
        return jdbc.sql(COLUMNS + " where lower(email) = lower(?) and active order by id limit 1")
                .param(email)
                .query(Row.class)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql(COLUMNS + " order by username").query(Row.class).list();
    }

    boolean anyActiveWithDemoPassword() {
        return jdbc.sql("select count(*) from app_user where active and demo_password")
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    long activeCount() {
        return jdbc.sql("select count(*) from app_user where active")
                .query(Long.class)
                .single();
    }

    long insert(String username, String displayName, String email, String passwordHash, boolean demoPassword) {
        jdbc.sql("insert into app_user (username, display_name, email, password_hash, demo_password, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(username, displayName, email, passwordHash, demoPassword, Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    void update(long id, String displayName, String email) {
        jdbc.sql("update app_user set display_name = ?, email = ? where id = ?")
                .params(displayName, email, id)
                .update();
    }

    void setPassword(long id, String passwordHash, boolean demoPassword) {
        jdbc.sql("update app_user set password_hash = ?, demo_password = ? where id = ?")
                .params(passwordHash, demoPassword, id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update app_user set active = ?, deactivated_at = ? where id = ?")
                .params(active, active ? null : Timestamp.from(Instant.now()), id)
                .update();
    }

    void setRolesAndUnits(long id, Set<Role> roles, Set<String> units) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        jdbc.sql("delete from app_user_unit where user_id = ?").param(id).update();
        roles.forEach(role -> jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                .params(id, role.name())
                .update());
        units.forEach(unit -> jdbc.sql("insert into app_user_unit (user_id, unit_code) values (?, ?)")
                .params(id, unit)
                .update());
    }

    Map<Long, Set<Role>> roles() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from app_user_role")
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                    return null;
                })
                .list();
        return roles;
    }

    Set<Role> rolesOf(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    Map<Long, Set<String>> units() {
        Map<Long, Set<String>> units = new HashMap<>();
        jdbc.sql("select user_id, unit_code from app_user_unit")
                .query((rs, n) -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    return null;
                })
                .list();
        return units;
    }

    Set<String> unitsOf(long id) {
        return new HashSet<>(jdbc.sql("select unit_code from app_user_unit where user_id = ?")
                .param(id)
                .query(String.class)
                .list());
    }
}
