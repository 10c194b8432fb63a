package se.lagesbild.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference report's figures (src/test/resources/reference, copied from shared/reference). */
public final class ReferenceCsv {

    /**
     * The columns of economy_by_activity.csv in the order of Ekonomi's table after the name (null: a
     * column the report has not, the deviations in %).
     */
    public static final List<String> ECONOMY_COLUMNS = java.util.Arrays.asList(
            "actual_period",
            "budget_period",
            "deviation_period",
            null,
            "forecast_full_year",
            "budget_full_year",
            "deviation_full_year",
            null,
            "previous_forecast",
            "forecast_change");

    private ReferenceCsv() {}

    /** The rows of a reference file as column → value maps. */
    public static List<Map<String, String>> read(String name) {
        String resource = name.contains("/") ? name : "/reference/" + name;
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            List<String> header = fields(lines.getFirst());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> values = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < values.size() ? values.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one line at commas outside double quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
