package se.uppfoljning.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The one folder the {@link TemplateLoader} reads: the templates shipped inside the application (classpath
 * {@code survey-templates/}, with {@code template.schema.json}), overlaid by the {@code *.yaml}/{@code *.yml}
 * files of an optional external folder ({@code uppfoljning.surveys.template-dir}). An external file with the
 * same name as a shipped one replaces it; any other external file adds a template, a newer version or a
 * language pack. The result is copied into a private temporary folder, deleted by {@link #close()}, so the
 * loader sees one plain folder whether the application runs from a jar or from a checkout.
 *
 * <p>Problems found in the copies are reported with the original location ({@code classpath:survey-templates/x.yaml}
 * or the external path) through {@link #originalName(String)}.
 */
final class TemplateSources implements AutoCloseable {

    static final String CLASSPATH_FOLDER = "survey-templates";

    private final Path folder;
    private final Map<String, String> originals;
    private final String description;

    private TemplateSources(Path folder, Map<String, String> originals, String description) {
        this.folder = folder;
        this.originals = originals;
        this.description = description;
    }

    /**
     * @param externalDir an extra folder, or {@code null} for the shipped templates only
     * @throws TemplateLoadException if the external folder is set but is not a readable folder, or the shipped
     *                               templates cannot be read
     */
    static TemplateSources assemble(Path externalDir) {
        Path folder;
        try {
            folder = Files.createTempDirectory("uppfoljning-templates-");
        } catch (IOException e) {
            throw problem(System.getProperty("java.io.tmpdir"),
                    "cannot create a temporary folder for the survey templates (" + e.getMessage() + ")");
        }
        Map<String, String> originals = new HashMap<>();
        try {
            Resource[] shipped = new PathMatchingResourcePatternResolver(TemplateSources.class.getClassLoader())
                    .getResources("classpath*:" + CLASSPATH_FOLDER + "/*");
            for (Resource r : shipped) {
                String name = r.getFilename();
                if (name == null || !(isYaml(name) || name.equals(TemplateLoader.SCHEMA_FILE_NAME)
                        || name.equals(TemplateLoader.PACK_SCHEMA_FILE_NAME))) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                originals.put(name, "classpath:" + CLASSPATH_FOLDER + "/" + name);
            }
        } catch (IOException e) {
            throw problem("classpath:" + CLASSPATH_FOLDER, "cannot read the shipped survey templates (" + e.getMessage() + ")");
        }
        String description = "classpath:" + CLASSPATH_FOLDER;
        if (externalDir != null) {
            if (!Files.isDirectory(externalDir)) {
                throw problem(externalDir.toString(), "template folder not found (looked in "
                        + externalDir.toAbsolutePath() + "); set uppfoljning.surveys.template-dir to an existing"
                        + " folder, or leave it unset to use the shipped templates only");
            }
            List<Path> extra;
            try (Stream<Path> list = Files.list(externalDir)) {
                extra = list.filter(p -> Files.isRegularFile(p) && isYaml(p.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                throw problem(externalDir.toString(), "cannot list the template folder (" + e.getMessage() + ")");
            }
            for (Path p : extra) {
                String name = p.getFileName().toString();
                try {
                    Files.copy(p, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw problem(p.toString(), "cannot read the file (" + e.getMessage() + ")");
                }
                originals.put(name, p.toString());
            }
            description += " + " + externalDir.toAbsolutePath();
        }
        if (!Files.isRegularFile(folder.resolve(TemplateLoader.SCHEMA_FILE_NAME))) {
            throw problem("classpath:" + CLASSPATH_FOLDER, "the template JSON Schema is missing from the application");
        }
        return new TemplateSources(folder, originals, description);
    }

    /** The assembled folder (temporary; valid until {@link #close()}). */
    Path folder() {
        return folder;
    }

    /** Where the templates came from, for the start-up log line. */
    String description() {
        return description;
    }

    /** A path inside {@link #folder()} (as a loader message shows it) turned back into the file's real location. */
    String originalName(String shown) {
        String prefix = folder.toString() + java.io.File.separator;
        if (!shown.startsWith(prefix)) {
            return shown;
        }
        String name = shown.substring(prefix.length());
        return originals.getOrDefault(name, name);
    }

    /** The same exception with every file name turned back into the real location. */
    TemplateLoadException withOriginalNames(TemplateLoadException e) {
        return new TemplateLoadException(e.problems().stream()
                .map(p -> new TemplateProblem(originalName(p.file()), p.line(), p.column(), p.path(), p.reason()))
                .toList());
    }

    @Override
    public void close() {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static TemplateLoadException problem(String file, String reason) {
        return new TemplateLoadException(List.of(new TemplateProblem(file, 0, 0, "", reason)));
    }
}
