package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text a parent can see exists in every shipped parent language (issue #15): the Arabic bundles hold the
 * parent-facing keys, and Somali, Persian and Tigrinya must have each of them. A missing key falls back to
 * Swedish, so a Somali page would show a Swedish heading under {@code lang="so"} (found by the browser test).
 */
class ParentLanguageBundlesTest {

    @Test
    void everyParentFacingKeyIsTranslatedIntoEveryShippedParentLanguage() throws IOException {
        for (String bundle : new String[] {"enquiries", "surveys"}) {
            TreeSet<String> parentKeys = new TreeSet<>(load(bundle + "_ar").stringPropertyNames());
            assertThat(parentKeys).as(bundle).isNotEmpty();
            for (String language : new String[] {"en", "so", "fa", "ti"}) {
                Properties p = load(bundle + "_" + language);
                assertThat(new TreeSet<>(p.stringPropertyNames())).as(bundle + "_" + language).containsAll(parentKeys);
                parentKeys.forEach(k -> assertThat(p.getProperty(k)).as(bundle + "_" + language + " " + k).isNotBlank());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ParentLanguageBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
