package se.lagesbild.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser tab without a browser, for the fan-out benchmark: it speaks just enough of Vaadin's
 * protocol to be a live session. It asks for a UI ({@code ?v-r=init}), navigates it to a route as
 * the client-side router does (a {@code ui-navigate} event in a UIDL request), opens the push
 * WebSocket (Atmosphere, as vaadinPush.js does) and then only listens, noting when a pushed message
 * first contains an awaited text. It never answers, so the server does all its usual work per UI.
 */
final class LightSession implements WebSocket.Listener {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern LOGIN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /**
     * Signs in as the login view's form does (its fields and the CSRF token of the page's meta tag);
     * returns the session cookie of the signed-in session.
     */
    private static String signIn(HttpClient http, String baseUrl, String user, String password) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + find(LOGIN_CSRF, page.body());
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
        }
        return signedIn.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
    }

    private WebSocket socket;
    private volatile String awaited;
    private volatile long arrivedAt;
    private String tail = "";

    /**
     * Opens a session on {@code route?query} and its push connection; returns once both are up.
     * Sessions share one HTTP client (its threads), each keeping its own session cookie.
     */
    static LightSession open(HttpClient http, String baseUrl, String route, String query) throws Exception {
        LightSession session = new LightSession();
        String cookie = signIn(http, baseUrl, "ledning", "ledning-demo");
        HttpResponse<String> initResponse = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=init&location="
                                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String init = initResponse.body();
        String uiId = find(UI_ID, init);
        String csrf = find(CSRF, init);
        String pushId = find(PUSH_ID, init);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(csrf, route, query);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"syncId\":1")) {
            throw new IllegalStateException("navigation refused: " + response.statusCode());
        }
        String ws = baseUrl.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        session.socket = http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .buildAsync(URI.create(ws), session)
                .get();
        return session;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the init response");
        }
        return matcher.group(1);
    }

    /** From now on, notes the time the first pushed message holding {@code text} arrives. */
    void await(String text) {
        arrivedAt = 0;
        tail = "";
        awaited = text;
    }

    /** When the awaited text arrived (System.currentTimeMillis()), 0 if not yet. */
    long arrivedAt() {
        return arrivedAt;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        String text = awaited;
        if (text != null && arrivedAt == 0) {
            String window = tail + data;
            if (window.contains(text)) {
                arrivedAt = System.currentTimeMillis();
            }
            tail = window.substring(Math.max(0, window.length() - text.length()));
        }
        webSocket.request(1);
        return null;
    }

    void close() {
        socket.abort();
    }
}
