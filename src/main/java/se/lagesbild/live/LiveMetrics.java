package se.lagesbild.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's live figures as metrics (Prometheus names in docs/operations.md): the follower's lag
 * ({@code lagesbild.live.follower.lag}, seconds), the open Vaadin sessions ({@code lagesbild.sessions.open})
 * and the open UIs per view ({@code lagesbild.ui.open}, tag {@code view}: the route, or
 * {@code presentation/following} and {@code presentation/looking-around} over all presentations). The
 * push latency is {@link ChangeBroadcaster#refreshed}'s, the cache hit rates {@link StampedCache}'s.
 */
@Component
class LiveMetrics implements MeterBinder, VaadinServiceInitListener {

    private final ChangeBroadcaster broadcaster;
    private final Presence presence;
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile MultiGauge uis;

    LiveMetrics(ChangeBroadcaster broadcaster, Presence presence) {
        this.broadcaster = broadcaster;
        this.presence = presence;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "lagesbild.live.follower.lag",
                        broadcaster,
                        b -> b.lag().map(lag -> lag.toNanos() / 1e9).orElse(Double.NaN))
                .description("Time since this node's change-log follower last read the log")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("lagesbild.sessions.open", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this node")
                .register(registry);
        uis = MultiGauge.builder("lagesbild.ui.open")
                .description("Open UIs on this node, per view")
                .register(registry);
        countViews();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }

    /** The per-view gauge follows the presence counts (every 5 s; a view no one has open drops out). */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void countViews() {
        MultiGauge gauge = uis;
        if (gauge == null) {
            return;
        }
        Map<String, Integer> perView = new TreeMap<>();
        presence.localCounts().forEach((key, count) -> perView.merge(viewOf(key), count, Integer::sum));
        gauge.register(
                perView.entrySet().stream()
                        .map(e -> MultiGauge.Row.of(Tags.of("view", e.getKey()), e.getValue()))
                        .toList(),
                true);
    }

    /** A presentation's keys carry its code; the metric counts all presentations together. */
    static String viewOf(String presenceKey) {
        return presenceKey.replaceFirst("^presentation/[^/]+/", "presentation/");
    }
}
