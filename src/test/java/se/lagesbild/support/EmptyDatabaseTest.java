package se.lagesbild.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test on the whole application and an empty database, as a production start without demo data
 * leaves it: no organisation, no figures, only the first admin (from the initial admin password) and
 * the first import token. It has an embedded MariaDB of its own (also when SPRING_DATASOURCE_URL names
 * a server for the other tests), shared by every such test in one context; these tests only read, so
 * the database stays empty. Each test starts signed in as the first admin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=",
            "lagesbild.embedded-db.directory=target/test-mariadb-empty",
            "lagesbild.embedded-db.fresh=true",
            "lagesbild.demo-data=false",
            "lagesbild.security.initial-admin-password=" + EmptyDatabaseTest.FIRST_ADMIN_PASSWORD,
            "lagesbild.import.initial-token=" + EmptyDatabaseTest.INITIAL_TOKEN,
            "lagesbild.live.poll-millis=100",
            "lagesbild.kolada.refresh-cron=-",
            "lagesbild.kolada.base-url=http://127.0.0.1:9/v3",
            "lagesbild.kolada.max-attempts=1"
        })
@ExtendWith(SignedIn.FirstAdmin.class)
public @interface EmptyDatabaseTest {

    /** The first admin's name and password on the empty database. */
    String FIRST_ADMIN = "admin";

    String FIRST_ADMIN_PASSWORD = "forsta-admin-losenord";

    /** The first import token (every kind), from lagesbild.import.initial-token. */
    String INITIAL_TOKEN = "forsta-importnyckeln-for-skript";
}
