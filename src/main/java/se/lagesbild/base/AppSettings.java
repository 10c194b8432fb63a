package se.lagesbild.base;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Named application settings stored in the database (e.g. whether demo data is loaded). */
@Service
public class AppSettings {

    /** Set while the database holds the demo data; its value says what the demo reproduces. */
    public static final String DEMO_DATA = "demo-data";

    private final JdbcClient jdbc;

    AppSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.sql("select value from app_setting where name = ?")
                .param(name)
                .query(String.class)
                .optional();
    }

    public void set(String name, String value) {
        jdbc.sql("insert into app_setting (name, value) values (?, ?) on duplicate key update value = values(value)")
                .params(name, value)
                .update();
    }

    public boolean isDemo() {
        return get(DEMO_DATA).isPresent();
    }
}
