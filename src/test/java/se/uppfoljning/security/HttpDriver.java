package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP against the test server with {@code java.net.http}: no cookie store and no redirects followed, so a
 * test names the session cookie it sends and sees exactly what the server answered. Form login as Vaadin's
 * {@code LoginForm} does it: POST {@code /login} with {@code username} and {@code password}. Vaadin's configurer
 * exempts the login URL from CSRF checks, so no token is sent there; logout needs the token from the page.
 */
final class HttpDriver {

    static final String DEMO_PASSWORD = "demo-losenord-2026";
    private static final Pattern SESSION_COOKIE = Pattern.compile("^JSESSIONID=([^;]+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HttpDriver(int port) {
        this.port = port;
    }

    /** Opens the login page without a cookie and returns the session the server starts for it. */
    String newAnonymousSession() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String id = sessionCookie(page);
        assertThat(id).as("a session cookie for the login page").isNotNull();
        return id;
    }

    /** Logs in and returns the new session id. */
    String login(String username, String password) throws Exception {
        HttpResponse<String> response = postLogin(username, password, newAnonymousSession());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).as("login of " + username).doesNotContain("error");
        return sessionCookie(response);
    }

    HttpResponse<String> postLogin(String username, String password, String session) throws Exception {
        return post("/login", session, Map.of("username", username, "password", password));
    }

    HttpResponse<String> get(String path, String session) throws Exception {
        return get(path, session, Map.of());
    }

    HttpResponse<String> get(String path, String session, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(b::header);
        if (session != null) {
            b.header("Cookie", "JSESSIONID=" + session);
        }
        return send(b);
    }

    HttpResponse<String> post(String path, String session, Map<String, String> form) throws Exception {
        return post(path, session, form, Map.of());
    }

    HttpResponse<String> post(String path, String session, Map<String, String> form, Map<String, String> headers)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        if (session != null) {
            b.header("Cookie", "JSESSIONID=" + session);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The CSRF token Vaadin writes into its bootstrap page, for requests outside Vaadin's own protocol. */
    static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF_META.matcher(page.body());
        assertThat(m.find()).as("CSRF token in the bootstrap page").isTrue();
        return m.group(1);
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    static String sessionCookieHeader(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static void assertRedirectedToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }
}
