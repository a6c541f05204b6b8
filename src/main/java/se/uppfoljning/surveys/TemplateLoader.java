package se.uppfoljning.surveys;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads survey templates from YAML files, one template per file, and checks them in three steps: YAML syntax
 * (no anchors or aliases, one document per file), the published JSON Schema ({@code template.schema.json}),
 * then the rules a schema cannot express ({@link TemplateRules}). Finally template id + version must be
 * unique across all files, and an analysis key must mean the same answer scale in every template of a kind
 * ({@link AnalysisKeyCheck}).
 *
 * <p>All or nothing: if any file has an error, {@link #load} throws one {@link TemplateLoadException} that
 * lists every problem of every file as {@code file:line:column: reason}. Missing translations are only
 * warnings (the form falls back to Swedish). A plain class without Spring, so rules are tested directly.
 */
public class TemplateLoader {

    public static final String SCHEMA_FILE_NAME = "template.schema.json";
    private static final Pattern IDENTIFIER_REGEX = Pattern.compile("regex pattern \\^\\[a-z0-9\\]\\+.*$");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate property \"(.*?)\"");
    private static final Pattern LIMIT_SOURCE = Pattern.compile(",? ?(\\(?from `[^`]*`\\)?|\\(?use `[^`]*`[^)]*\\)?)");
    /** Deeper YAML is refused with a plain message before Jackson's own limit (500) is reached. */
    static final int MAX_NESTING = 40;
    static final long MAX_FILE_BYTES = 1024 * 1024;

    public static final String PACK_SCHEMA_FILE_NAME = "language-pack.schema.json";
    /** {@code parent-enquiry-start.so.yaml}: the texts of parent-enquiry-start.yaml in Somali. */
    private static final Pattern PACK_NAME = Pattern.compile("^(.+)\\.([a-z]{2,3})\\.(yaml|yml)$");

    private final YAMLMapper yaml;
    private final Schema schema;
    private final Path packSchemaFile;
    private Schema packSchema;

    /** @param schemaFile the JSON Schema every template must satisfy (normally next to the templates) */
    public TemplateLoader(Path schemaFile) {
        this.yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
        this.schema = readSchema(schemaFile, "template");
        this.packSchemaFile = schemaFile.resolveSibling(PACK_SCHEMA_FILE_NAME);
    }

    private static Schema readSchema(Path schemaFile, String what) {
        try (InputStream in = Files.newInputStream(schemaFile)) {
            // messages in English whatever the server's locale (the library also ships Swedish ones)
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config)).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new TemplateLoadException(List.of(new TemplateProblem(schemaFile.toString(), 0, 0, "",
                    "cannot read the " + what + " JSON Schema (" + e.getMessage() + ")")));
        }
    }

    /** A loader that validates against {@code folder/template.schema.json}. */
    public static TemplateLoader forFolder(Path folder) {
        return new TemplateLoader(folder.resolve(SCHEMA_FILE_NAME));
    }

    /** Every {@code *.yaml}/{@code *.yml} file directly in {@code folder} (sub-folders are ignored). */
    public Result loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new TemplateLoadException(List.of(new TemplateProblem(folder.toString(), 0, 0, "",
                    "template folder not found (looked in " + folder.toAbsolutePath()
                            + "); set uppfoljning.surveys.template-dir")));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> Files.isRegularFile(p) && isYaml(p)).sorted().toList();
        } catch (IOException e) {
            throw new TemplateLoadException(List.of(new TemplateProblem(folder.toString(), 0, 0, "",
                    "cannot list the template folder (" + e.getMessage() + ")")));
        }
        if (files.isEmpty()) {
            throw new TemplateLoadException(List.of(new TemplateProblem(folder.toString(), 0, 0, "",
                    "no template files (*.yaml) in the folder")));
        }
        return load(files);
    }

    /**
     * These files, in this order; throws {@link TemplateLoadException} if any of them is not a valid template
     * or language pack. A file {@code name.xx.yaml} is the language pack for {@code xx} of {@code name.yaml}
     * when that file is among {@code files}; any other file is a template.
     */
    public Result load(List<Path> files) {
        List<TemplateProblem> problems = new ArrayList<>();
        List<TemplateProblem> warnings = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        Map<Path, Path> packOf = new LinkedHashMap<>();
        for (Path file : files) {
            Matcher pack = PACK_NAME.matcher(file.getFileName().toString());
            Optional<Path> template = pack.matches() ? files.stream().filter(f -> !f.equals(file)
                    && f.getFileName().toString().matches(Pattern.quote(pack.group(1)) + "\\.ya?ml")
                    && f.toAbsolutePath().getParent().equals(file.toAbsolutePath().getParent())).findFirst()
                    : Optional.empty();
            if (template.isPresent()) {
                packOf.put(file, template.get());
            }
        }
        for (Path file : files) {
            if (!packOf.containsKey(file)) {
                read(file, problems, warnings).ifPresent(loaded::add);
            }
        }
        Map<String, Loaded> byKey = new HashMap<>();
        for (Loaded l : loaded) {
            Loaded first = byKey.putIfAbsent(l.key(), l);
            if (first != null) {
                problems.add(l.at(l.root().get("version"), "/version", "template " + l.root().get("id").asString()
                        + " version " + l.root().get("version").intValue() + " is already defined in " + first.display()
                        + "; give each version its own number"));
            }
        }
        packOf.forEach((pack, templateFile) -> loaded.stream().filter(l -> l.file().equals(templateFile)).findFirst()
                .ifPresent(l -> readPack(pack, l, problems)));
        if (problems.isEmpty()) {
            AnalysisKeyCheck keys = new AnalysisKeyCheck();
            loaded.forEach(l -> keys.add(l.display(), l.root()));
            problems.addAll(keys.problems());
        }
        if (!problems.isEmpty()) {
            throw new TemplateLoadException(problems);
        }
        return new Result(loaded.stream().map(l -> TemplateMapper.map(l.root(), l.file().getFileName().toString(),
                l.hash(), l.packLanguages())).toList(), List.copyOf(warnings));
    }

    /**
     * @param templates every template, in file order
     * @param warnings texts missing in a listed language (Swedish is shown instead) and similar
     */
    public record Result(List<SurveyTemplate> templates, List<TemplateProblem> warnings) {
    }

    private Optional<Loaded> read(Path file, List<TemplateProblem> problems, List<TemplateProblem> warnings) {
        String display = file.toString();
        Optional<byte[]> content = readBytes(file, display, problems);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = content.get();
        Optional<JsonNode> parsed = parse(bytes, display, problems);
        if (parsed.isEmpty() || !validate(schema, display, parsed.get(), problems)) {
            return Optional.empty();
        }
        JsonNode root = parsed.get();
        TemplateRules rules = new TemplateRules(display, root);
        warnings.addAll(rules.warnings());
        if (!rules.errors().isEmpty()) {
            problems.addAll(rules.errors());
            return Optional.empty();
        }
        return Optional.of(new Loaded(file, display, root, sha256(bytes), new ArrayList<>()));
    }

    private Optional<JsonNode> readTree(Path file, String display, List<TemplateProblem> problems) {
        return readBytes(file, display, problems).flatMap(bytes -> parse(bytes, display, problems));
    }

    /** The normalised bytes, or empty with a problem when the file is too large or unreadable. */
    private Optional<byte[]> readBytes(Path file, String display, List<TemplateProblem> problems) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new TemplateProblem(display, 0, 0, "", "the file is larger than " + MAX_FILE_BYTES / 1024
                        + " kB; a template is normally under 50 kB, so this is probably not a template"));
                return Optional.empty();
            }
            bytes = normalize(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new TemplateProblem(display, 0, 0, "", "cannot read the file (" + e.getMessage() + ")"));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** YAML checks, then the location-aware tree; empty with problems if the YAML is wrong or empty. */
    private Optional<JsonNode> parse(byte[] bytes, String display, List<TemplateProblem> problems) {
        if (!checkYaml(display, bytes, problems)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JsonNodes.readTree(yaml, new ByteArrayInputStream(bytes), LocationJsonNodeFactoryFactory.getInstance());
        } catch (JacksonException e) {
            problems.add(problem(display, e.getLocation(), "", describe(e)));
            return Optional.empty();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add(new TemplateProblem(display, 0, 0, "", "the file is empty"));
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /** Adds the schema's complaints, sorted by position; true if there are none. */
    private static boolean validate(Schema schema, String display, JsonNode root, List<TemplateProblem> problems) {
        List<TemplateProblem> schemaProblems = new ArrayList<>();
        for (com.networknt.schema.Error error : schema.validate(root,
                context -> context.executionConfig(c -> c.locale(Locale.ENGLISH)))) {
            schemaProblems.add(schemaProblem(display, root, error));
        }
        schemaProblems.sort(Comparator.comparingInt(TemplateProblem::line).thenComparingInt(TemplateProblem::column));
        problems.addAll(schemaProblems);
        return schemaProblems.isEmpty();
    }

    /** Checks one language pack against its template and, if it is right, adds its texts to the template. */
    private void readPack(Path file, Loaded template, List<TemplateProblem> problems) {
        String display = file.toString();
        Optional<JsonNode> root = readTree(file, display, problems);
        if (root.isEmpty()) {
            return;
        }
        if (packSchema == null) {
            if (!Files.isRegularFile(packSchemaFile)) {
                problems.add(new TemplateProblem(display, 0, 0, "", "language packs need " + PACK_SCHEMA_FILE_NAME
                        + " in the template folder (looked for " + packSchemaFile + ")"));
                return;
            }
            packSchema = readSchema(packSchemaFile, "language pack");
        }
        if (!validate(packSchema, display, root.get(), problems)) {
            return;
        }
        Matcher name = PACK_NAME.matcher(file.getFileName().toString());
        name.matches();
        LanguagePackRules rules = new LanguagePackRules(display, name.group(2), template.root(),
                template.file().getFileName().toString(), root.get());
        if (!rules.errors().isEmpty()) {
            problems.addAll(rules.errors());
            return;
        }
        rules.mergeInto(template.root());
        template.packLanguages().add(new TemplateLanguage(name.group(2), rules.reviewed(root.get()),
                file.getFileName().toString()));
    }

    /**
     * Walks the raw YAML events: syntax errors, anchors and aliases (Jackson would silently turn an alias
     * {@code *a} into the string "a") and a second document in the file.
     */
    private boolean checkYaml(String display, byte[] bytes, List<TemplateProblem> problems) {
        int before = problems.size();
        try (JsonParser parser = yaml.createParser(bytes)) {
            YAMLParser yamlParser = (YAMLParser) parser;
            int depth = 0;
            int documents = 0;
            String lastAnchor = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (depth == 0 && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    documents++;
                    if (documents == 2) {
                        problems.add(problem(display, parser.currentTokenLocation(), "",
                                "a second YAML document (---) in the file; write one template per file"));
                    }
                }
                if (yamlParser.isCurrentAlias()) {
                    problems.add(problem(display, parser.currentTokenLocation(), "", "YAML alias *"
                            + parser.getString() + " is not allowed; write the content out in full"));
                }
                String anchor = yamlParser.getObjectId();
                if (anchor != null && !anchor.equals(lastAnchor)) {
                    problems.add(problem(display, parser.currentTokenLocation(), "", "YAML anchor &" + anchor
                            + " is not allowed; anchors and aliases make templates hard to review"));
                }
                lastAnchor = anchor;
                if (token.isStructStart()) {
                    depth++;
                    if (depth > MAX_NESTING) {
                        problems.add(problem(display, parser.currentTokenLocation(), "", "the YAML is nested more than "
                                + MAX_NESTING + " levels deep here (a template needs about 8); check the indentation"));
                        return false;
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (JacksonException e) {
            problems.add(problem(display, e.getLocation(), "", describe(e)));
        }
        return problems.size() == before;
    }

    private static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage();
        // reading limits name the library's setting ("from `StreamReadConstraints...`"): keep the plain part
        original = LIMIT_SOURCE.matcher(original).replaceAll("");
        Matcher duplicate = DUPLICATE_KEY.matcher(original);
        if (duplicate.find()) {
            return "duplicate key \"" + duplicate.group(1) + "\"";
        }
        return "YAML syntax error: " + original.lines().findFirst().orElse(original).strip();
    }

    private static TemplateProblem schemaProblem(String display, JsonNode root, com.networknt.schema.Error error) {
        JsonNode node = JsonNodes.get(root, error.getInstanceLocation());
        if ("additionalProperties".equals(error.getKeyword()) && node != null && error.getProperty() != null
                && node.get(error.getProperty()) != null) {
            node = node.get(error.getProperty());
        }
        String message = error.getMessage();
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            message = "unknown property '" + error.getProperty() + "' (misspelt, or not allowed here)";
        } else if ("required".equals(error.getKeyword()) && LocalizedText.DEFAULT_LANGUAGE.equals(error.getProperty())) {
            message = "no Swedish text (sv); every text needs Swedish";
        } else if ("pattern".equals(error.getKeyword()) && IDENTIFIER_REGEX.matcher(message).find()) {
            message = message + " (use lower-case letters a-z, digits and single hyphens)";
        }
        String path = error.getInstanceLocation().toString();
        return problem(display, node == null ? null : JsonNodes.tokenStreamLocationOf(node), path.equals("$") ? "" : path,
                message);
    }

    static TemplateProblem problem(String display, TokenStreamLocation location, String path, String reason) {
        if (location == null || location.getLineNr() <= 0) {
            return new TemplateProblem(display, 0, 0, path, reason);
        }
        return new TemplateProblem(display, location.getLineNr(), location.getColumnNr(), path, reason);
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * What is hashed and parsed: the file without a UTF-8 byte order mark and with every line ending (CRLF,
     * CR) turned into LF, so a checkout on Windows does not count as a changed template.
     */
    static byte[] normalize(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Loaded(Path file, String display, JsonNode root, String hash, List<TemplateLanguage> packLanguages) {
        String key() {
            return root.get("id").asString() + "@" + root.get("version").intValue();
        }

        TemplateProblem at(JsonNode node, String path, String reason) {
            return problem(display, node == null ? null : JsonNodes.tokenStreamLocationOf(node), path, reason);
        }
    }
}
