package se.lagesbild.support;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import se.lagesbild.security.Access;
import se.lagesbild.security.Role;
import se.lagesbild.security.Users;

/**
 * The user a benchmark acts as, in a database without demo data: created by the first admin (start the
 * benchmark's context with {@link #INITIAL_ADMIN}), unless it exists already.
 */
public final class BenchmarkUser {

    /** The start argument that creates the first admin of the benchmark's empty database. */
    public static final String INITIAL_ADMIN = "--lagesbild.security.initial-admin-password=benchmark-admin";

    private BenchmarkUser() {}

    public static String ensure(ApplicationContext context, String username, Role role, Set<String> units) {
        if (context.getBean(Access.class).user(username).isEmpty()) {
            context.getBean(Users.class)
                    .create(
                            "admin",
                            new Users.UserForm(
                                    username, "Benchmark", null, "benchmark-password", EnumSet.of(role), units));
        }
        return username;
    }
}
