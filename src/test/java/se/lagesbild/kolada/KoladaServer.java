package se.lagesbild.kolada;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Kolada's API v3 (the JDK's HTTP server): replays the answers queued for a path
 * (with its query), the last one again once the queue is down to it, and 404 for paths with none. It
 * records every request path and when it came.
 */
final class KoladaServer implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers) {
        static Answer ok(String body) {
            return new Answer(200, body, Map.of());
        }

        static Answer status(int status) {
            return new Answer(status, "{\"error\":\"" + status + "\"}", Map.of());
        }
    }

    record Request(String path, long atNanos) {}

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    KoladaServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL as the client's settings name it. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
    }

    /** Queues answers for a path below the base URL ("kpi/N30001", "kpi?page=2"). */
    KoladaServer answer(String path, Answer... queued) {
        answers.computeIfAbsent("/v3/" + path, p -> new ArrayDeque<>()).addAll(List.of(queued));
        return this;
    }

    KoladaServer answer(String path, String body) {
        return answer(path, Answer.ok(body));
    }

    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    /** Settings against this server: quick retries, short timeouts. */
    KoladaSettings settings() {
        return new KoladaSettings(
                baseUrl(),
                "-",
                100,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                3,
                Duration.ofMillis(20),
                Duration.ofSeconds(5),
                "0138",
                List.of("N30001"),
                List.of("0000"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(new Request(path, System.nanoTime()));
        Deque<Answer> queue = answers.get(path);
        Answer answer;
        if (queue == null || queue.isEmpty()) {
            answer = Answer.status(404);
        } else {
            synchronized (queue) {
                answer = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        byte[] body = answer.body().replace("${base}", baseUrl().toString()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
