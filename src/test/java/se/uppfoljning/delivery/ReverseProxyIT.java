package se.uppfoljning.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.ProductionJar;
import se.uppfoljning.ProductionJarExtension;
import se.uppfoljning.ServerTest;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.security.ParentLinks;

/**
 * The nginx configuration of docs/deployment.md ({@code docs/deploy/nginx-uppfoljning.conf}), run by Debian's
 * nginx on loopback in front of the production jar with a throw-away certificate: TLS ends at nginx, the jar
 * sees {@code X-Forwarded-Proto: https} (HSTS, Secure cookie, https redirects), plain HTTP is sent to HTTPS and
 * the actuator is not reachable through the proxy.
 */
@ServerTest
class ReverseProxyIT {

    private static Process nginx;
    private static int httpsPort;
    private static int httpPort;
    private static HttpClient client;

    @Autowired
    InvitationService invitations;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void startNginx() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "Debian's nginx is not installed (.ci/run installs it)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        ProductionJar jar = ProductionJarExtension.jar();
        Path prefix = Files.createDirectories(Path.of("target", "nginx-it").toAbsolutePath());
        Files.createDirectories(prefix.resolve("logs"));
        Path cert = prefix.resolve("cert.pem");
        Path key = prefix.resolve("key.pem");
        run(List.of("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"));
        httpsPort = ProductionJar.freePort();
        httpPort = ProductionJar.freePort();
        String site = Files.readString(Path.of("docs", "deploy", "nginx-uppfoljning.conf"))
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + jar.port() + ";")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;")
                .replace("listen [::]:443 ssl http2;", "")
                .replace("listen 80;", "listen 127.0.0.1:" + httpPort + ";")
                .replace("listen [::]:80;", "")
                .replace("return 301 https://$host$request_uri;", "return 301 https://$host:" + httpsPort + "$request_uri;")
                .replace("/etc/ssl/certs/uppfoljning.crt", cert.toString())
                .replace("/etc/ssl/private/uppfoljning.key", key.toString());
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, "pid " + prefix.resolve("nginx.pid") + ";\nerror_log " + prefix.resolve("logs/error.log")
                + ";\nevents { worker_connections 256; }\nhttp {\n access_log " + prefix.resolve("logs/access.log") + ";\n"
                + " client_body_temp_path " + prefix.resolve("body") + ";\n proxy_temp_path " + prefix.resolve("proxy")
                + ";\n fastcgi_temp_path " + prefix.resolve("fastcgi") + ";\n uwsgi_temp_path " + prefix.resolve("uwsgi")
                + ";\n scgi_temp_path " + prefix.resolve("scgi") + ";\n" + site + "\n}\n");
        nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();

        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trust.setCertificateEntry("nginx-it", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        client = HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 50; i++) {
            try {
                get("https://localhost:" + httpsPort + "/login");
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")));
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesTheLoginPageOverTlsWithHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> login = get("https://localhost:" + httpsPort + "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
    }

    @Test
    void plainHttpIsSentToHttps() throws Exception {
        HttpResponse<String> plain = get("http://localhost:" + httpPort + "/login");
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue("https://localhost:" + httpsPort + "/login");
    }

    @Test
    void aParentLinkRedirectsToTheAnswerPageOverHttps() throws Exception {
        String token = ParentLinks.token(ParentLinks.newInvitation(invitations, reference, users));
        HttpResponse<String> open = get("https://localhost:" + httpsPort + "/enkat/" + token);
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/enkat/svar").doesNotStartWith("http:"));
    }

    @Test
    void theActuatorIsNotReachableThroughTheProxy() throws Exception {
        assertThat(get("https://localhost:" + httpsPort + "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get("https://localhost:" + httpsPort + "/actuator/info").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s: %s", command, out).isZero();
    }
}
