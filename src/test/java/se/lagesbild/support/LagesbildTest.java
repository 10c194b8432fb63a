package se.lagesbild.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test on the whole application and a real MariaDB: the embedded server on an empty database
 * loaded with the demo data, or the server SPRING_DATASOURCE_URL names. All such tests share one
 * context (and so one database); a test that writes uses a year the reference checks do not read.
 * Each test starts signed in as the demo controller ({@link SignedIn}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "lagesbild.embedded-db.directory=target/test-mariadb",
            "lagesbild.embedded-db.fresh=true",
            "lagesbild.live.poll-millis=100",
            // no fetch from Kolada by itself, and none that could leave the machine
            "lagesbild.kolada.refresh-cron=-",
            "lagesbild.kolada.base-url=http://127.0.0.1:9/v3",
            "lagesbild.kolada.max-attempts=1"
        })
@ExtendWith(SignedIn.class)
public @interface LagesbildTest {}
