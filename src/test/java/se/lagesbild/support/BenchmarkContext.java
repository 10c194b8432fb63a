package se.lagesbild.support;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.lagesbild.Application;
import se.lagesbild.base.db.EmbeddedMariaDb;

/** The application without web and without demo data on a benchmark's own embedded MariaDB, and a timer. */
public final class BenchmarkContext {

    private BenchmarkContext() {}

    /** Starts the context on {@code database}; the first admin is created ({@link BenchmarkUser}). */
    public static ConfigurableApplicationContext start(EmbeddedMariaDb database) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--lagesbild.demo-data=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        BenchmarkUser.INITIAL_ADMIN,
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig");
    }

    /** Runs {@code work} ten times to warm up, then {@code runs} times, and prints the median and p90. */
    public static void report(String what, int runs, Runnable work) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(
                "%-80s median %6.1f ms, p90 %6.1f ms%n", what, times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6);
    }
}
