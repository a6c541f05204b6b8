package se.uppfoljning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests that need the server's memory (its HTTP sessions, its log appenders) and so run the application inside
 * the test JVM on a random port. Everything that can be observed from outside runs against the production jar
 * instead ({@link ServerTest}); both share the failsafe JVM's one embedded MariaDB.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uppfoljning.db.data-dir=target/it-mariadb/data", "uppfoljning.demo.cases-per-school=2"})
@ActiveProfiles("test")
public @interface InProcessServerTest {
}
