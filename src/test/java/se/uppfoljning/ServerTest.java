package se.uppfoljning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests against the real server on a random port (browser, HTTP and fault tests, run by failsafe as *IT).
 * All of them share this one context and one embedded MariaDB in the failsafe JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uppfoljning.db.data-dir=target/it-mariadb/data", "uppfoljning.demo.cases-per-school=2"})
@ActiveProfiles("test")
public @interface ServerTest {
}
