package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.i18n.Translations;

class I18nBundlesTest {

    @Test
    void swedishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : Translations.BUNDLES) {
            Properties sv = load("/vaadin-i18n/" + bundle + ".properties");
            Properties en = load("/vaadin-i18n/" + bundle + "_en.properties");
            assertThat(new TreeSet<>(en.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(sv.stringPropertyNames()));
            sv.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExistsInTheBundle() throws IOException {
        Properties sv = new Properties();
        for (String bundle : Translations.BUNDLES) {
            sv.putAll(load("/vaadin-i18n/" + bundle + ".properties"));
        }
        Pattern literalKey = Pattern.compile("\"((?:app|base|security|cases|surveys|enquiries|focusgroups|ratings|absence|reports|audit|pupils)\\.[a-z0-9.-]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = literalKey.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !sv.containsKey(key) && sv.keySet().stream().noneMatch(k -> k.toString().startsWith(key + "."))) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
     * part: it disappears, and every placeholder after it is printed literally ("at most {0}"). In such messages an
     * apostrophe must be written twice; and each must parse (a broken choice format fails at run time only).
     */
    @Test
    void messagesWithArgumentsAreValidMessageFormatsWithoutLoneApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        TreeSet<String> faults = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties bundle = new Properties();
                try (var in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                for (String key : bundle.stringPropertyNames()) {
                    String message = bundle.getProperty(key);
                    if (!argument.matcher(message).find()) {
                        continue;
                    }
                    if (loneApostrophe.matcher(message).find()) {
                        faults.add(f.getFileName() + " " + key + ": a single ' (write '')");
                    }
                    try {
                        new java.text.MessageFormat(message);
                    } catch (IllegalArgumentException e) {
                        faults.add(f.getFileName() + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    /** A bundle that does not exist yet counts as empty. */
    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return p;
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
