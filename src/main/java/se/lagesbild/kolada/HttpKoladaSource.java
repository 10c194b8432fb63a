package se.lagesbild.kolada;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kolada over HTTP (the JDK's client): at most {@link KoladaSettings#requestsPerSecond()} requests a
 * second from this node, timeouts on connecting and on each answer, and on 429, a 5xx or no answer a
 * retry after what {@code Retry-After} says (capped at {@link KoladaSettings#maxWait()}) or else a
 * doubling backoff, up to {@link KoladaSettings#maxAttempts()} attempts; then it gives up with
 * {@link KoladaException.Reason#UNREACHABLE}. Other answers than 200 are refused.
 */
final class HttpKoladaSource implements KoladaSource {

    private static final Logger log = LoggerFactory.getLogger(HttpKoladaSource.class);

    private final KoladaSettings settings;
    private final HttpClient http;
    private final long intervalNanos;
    private final int attempts;
    private long nextRequestAt = System.nanoTime();

    HttpKoladaSource(KoladaSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.intervalNanos = (long) (1_000_000_000L / Math.max(settings.requestsPerSecond(), 0.001));
        this.attempts = Math.max(1, settings.maxAttempts());
    }

    @Override
    public URI baseUrl() {
        return settings.baseUrl();
    }

    @Override
    public String get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "Lagesbild")
                .GET()
                .build();
        String failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Duration wait = backoff(attempt);
            try {
                pace();
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status != 429 && status < 500) {
                    throw new KoladaException(
                            KoladaException.Reason.MALFORMED, "Kolada answered " + uri + " with HTTP " + status);
                }
                failure = "HTTP " + status;
                wait = retryAfter(response).orElse(wait);
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KoladaException(KoladaException.Reason.UNREACHABLE, "Interrupted asking " + uri, e);
            }
            if (attempt < attempts) {
                log.info(
                        "Kolada: {} from {}, attempt {} of {}; again in {} ms",
                        failure,
                        uri,
                        attempt,
                        attempts,
                        wait.toMillis());
                sleep(wait);
            }
        }
        throw new KoladaException(
                KoladaException.Reason.UNREACHABLE,
                "Kolada did not answer " + uri + " after " + attempts + " attempts (" + failure + ")");
    }

    /** The wait after the {@code attempt}th attempt when Kolada says nothing: the first backoff, doubled each time. */
    private Duration backoff(int attempt) {
        Duration wait = settings.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }

    /** What Retry-After asks for (seconds, or an HTTP date), at most the longest wait. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(String::trim)
                .flatMap(value -> {
                    try {
                        return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
                    } catch (NumberFormatException notSeconds) {
                        try {
                            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                            Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                            return Optional.of(until.isNegative() ? Duration.ZERO : until);
                        } catch (DateTimeParseException notADate) {
                            return Optional.empty();
                        }
                    }
                })
                .map(wait -> wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait);
    }

    /** Waits until this node may send its next request. */
    private void pace() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, nextRequestAt);
            nextRequestAt = at + intervalNanos;
            waitNanos = at - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(Duration.ofNanos(waitNanos));
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KoladaException(KoladaException.Reason.UNREACHABLE, "Interrupted while waiting for Kolada", e);
        }
    }
}
