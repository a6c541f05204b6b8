package se.uppfoljning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests against the packaged production jar (browser, HTTP, fault tests and benchmarks; run by failsafe as
 * *IT after {@code package}). The jar runs as its own process ({@link ProductionJarExtension}, one per failsafe
 * JVM, reached with {@code ProductionJarExtension.jar().port()}); the test's Spring context has only a mock servlet context (no server)
 * and shares the embedded MariaDB with the jar, so tests set up data through the services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"uppfoljning.db.data-dir=target/it-mariadb/data", "uppfoljning.demo.cases-per-school=2"})
@ActiveProfiles("test")
@ExtendWith(ProductionJarExtension.class)
public @interface ServerTest {
}
