package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.uppfoljning.security.HttpDriver.DEMO_PASSWORD;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A logged-in evaluator who asks for something that does not exist gets a plain "not found", and the audit trail
 * gets no unexplained {@code ACCESS_DENIED GET /error} for the error page the server renders (issue #13, item 17).
 */
@se.uppfoljning.ServerTest
class ErrorDispatchIT {

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMissingResourceIsNotFoundAndNotAuditedAsAccessDenied() throws Exception {
        HttpDriver http = new HttpDriver(port);
        String session = http.login("utvarderare", DEMO_PASSWORD);
        long before = deniedErrorPages();
        HttpResponse<String> missing = http.get("/VAADIN/does-not-exist-" + System.nanoTime() + ".js", session);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(deniedErrorPages()).isEqualTo(before);
    }

    private long deniedErrorPages() {
        return jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and target like '%/error%'")
                .query(Long.class).single();
    }
}
