package se.uppfoljning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README glossary names only types that exist (issue #18: it once listed eight that did not). */
class GlossaryTest {

    @Test
    void everyCodeNameInTheGlossaryIsATypeOfTheApplication() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String glossary = readme.substring(readme.indexOf("## Glossary"), readme.indexOf("\n## ", readme.indexOf("## Glossary") + 5));
        Set<String> types;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            types = files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        }
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Za-z]+)(?:\\.[A-Za-z_]+)?`").matcher(glossary);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).as("type names in the glossary").hasSizeGreaterThan(20);
        assertThat(named).allSatisfy(n -> assertThat(types).as("a type named %s", n).contains(n));
    }
}
