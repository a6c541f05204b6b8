package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Security expressions name roles through {@link Roles}, so a renamed or mistyped role fails to compile instead
 * of silently denying everyone (issue #18). The compiler inlines the constants, so only the source shows this.
 */
class RoleLiteralsTest {

    @Test
    void noSourceFileQuotesARoleNameInAnExpression() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String role : Roles.ALL) {
                    if (source.contains("'" + role + "'")) {
                        found.add(file + ": '" + role + "'");
                    }
                }
            }
        }
        assertThat(found).as("role names typed as literals instead of Roles constants").isEmpty();
    }
}
