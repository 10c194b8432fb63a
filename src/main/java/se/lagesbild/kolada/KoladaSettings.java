package se.lagesbild.kolada;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the comparisons with Kolada ({@code lagesbild.kolada.*}).
 *
 * @param baseUrl Kolada's API v3
 * @param refreshCron when the stored values are refreshed (Spring cron; "-" never; nightly by default)
 * @param requestsPerSecond politeness: at most this many requests a second
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one response
 * @param maxAttempts attempts per request when Kolada answers 429 or 5xx or cannot be reached
 * @param firstBackoff the wait before the second attempt when Kolada says nothing (doubled each time)
 * @param maxWait the longest wait for one retry, whatever Retry-After says
 * @param municipality the kommun the comparisons are about (Kolada's id: 0138 is Tyresö)
 * @param kpis the key figures compared until a controller chooses others
 * @param comparisons the kommuner and groups compared with it until a controller chooses others (0000: riket)
 */
@ConfigurationProperties("lagesbild.kolada")
public record KoladaSettings(
        @DefaultValue("https://api.kolada.se/v3") URI baseUrl,
        @DefaultValue("0 30 3 * * *") String refreshCron,
        @DefaultValue("5") double requestsPerSecond,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration firstBackoff,
        @DefaultValue("60s") Duration maxWait,
        @DefaultValue("0138") String municipality,

        @DefaultValue({"N31807", "N30001", "N31001", "N30005", "N33009"})
        List<String> kpis,

        @DefaultValue({"0136", "0182", "0120", "0000"}) List<String> comparisons) {

    /** The same settings against another API (a test's local server). */
    KoladaSettings withBaseUrl(URI url) {
        return new KoladaSettings(
                url,
                refreshCron,
                requestsPerSecond,
                connectTimeout,
                requestTimeout,
                maxAttempts,
                firstBackoff,
                maxWait,
                municipality,
                kpis,
                comparisons);
    }
}
