package se.lagesbild.support;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.lagesbild.Application;

/**
 * An application node without UI on a database the test names: its services only, as an import job
 * or another node would use them (the browser tests' second node, the backup test's running app).
 */
public final class ServiceNode {

    private ServiceNode() {}

    public static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=root",
                        "spring.datasource.password=",
                        "spring.main.banner-mode=off",
                        "lagesbild.security.allow-demo-passwords=true",
                        "lagesbild.kolada.refresh-cron=-",
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run();
    }
}
