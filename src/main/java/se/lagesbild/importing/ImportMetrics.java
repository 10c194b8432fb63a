package se.lagesbild.importing;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts and times every import, through the views or the endpoint: the meter {@code lagesbild.imports}
 * (Prometheus {@code lagesbild_imports_seconds_count/_sum/_bucket}) tagged with the kind ({@code utfall},
 * {@code utredningar}, …) and how it ended ({@code APPLIED}, {@code REJECTED}, {@code REFUSED}, or
 * {@code FAILED} when it threw).
 */
public final class ImportMetrics {

    static final String NAME = "lagesbild.imports";

    private ImportMetrics() {}

    /** Runs {@code work}, recording its duration under {@code kind} and the status {@code statusOf} reads. */
    public static <T> T timed(String kind, Function<T, ImportStatus> statusOf, Supplier<T> work) {
        long started = System.nanoTime();
        String status = "FAILED";
        try {
            T result = work.get();
            status = statusOf.apply(result).name();
            return result;
        } finally {
            Timer.builder(NAME)
                    .description("Imports, by kind and how they ended")
                    .tag("kind", kind)
                    .tag("status", status)
                    .publishPercentileHistogram()
                    .register(Metrics.globalRegistry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
