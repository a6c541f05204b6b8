package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;

/** Immutability of answered template versions, on the real MariaDB. */
@IntegrationTest
class TemplateVersionRegistryTest {

    private static final String ID = "immutability-test";
    private static final String OTHER = "immutability-other";

    @Autowired
    TemplateVersionRegistry registry;
    @Autowired
    TemplateCatalog catalog;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @TempDir
    Path folder;

    private final TemplateLoader loader = TemplateLoader.forFolder(ShippedTemplatesTest.FOLDER);

    @AfterEach
    void removeTestRows() {
        TestLogin.logout();
        jdbc.sql("DELETE FROM survey_response WHERE template_id IN (?, ?)").params(ID, OTHER).update();
        jdbc.sql("DELETE FROM survey_template_version WHERE template_id IN (?, ?)").params(ID, OTHER).update();
    }

    @Test
    void startupRegisteredEveryShippedVersionWithTheHashOfItsFile() {
        assertThat(catalog.all()).extracting(SurveyTemplate::id).contains("parent-enquiry-start", "parent-enquiry-end",
                "staff-rating-form", "focus-group-guide");
        for (SurveyTemplate t : catalog.all()) {
            assertThat(storedHash(t.id(), t.version())).as(t.key()).hasValue(t.contentHash());
        }
    }

    @Test
    void storesNewVersionsAndAcceptsTheSameFileAgain() throws IOException {
        SurveyTemplate first = load(write(ID, "Exempel"));
        assertThat(registry.register(folder, List.of(first)).added()).containsExactly(ID + "@1");
        assertThat(storedHash(ID, 1)).hasValue(first.contentHash());
        assertThat(registry.register(folder, List.of(load(write(ID, "Exempel")))).unchanged()).containsExactly(ID + "@1");
    }

    @Test
    void letsADraftNobodyAnsweredChange() throws IOException {
        registry.register(folder, List.of(load(write(ID, "Exempel"))));
        SurveyTemplate edited = load(write(ID, "Exempel, rättat"));
        assertThat(registry.register(folder, List.of(edited)).draftsChanged()).containsExactly(ID + "@1");
        assertThat(storedHash(ID, 1)).hasValue(edited.contentHash());
    }

    @Test
    void refusesAChangedFileWhenTheVersionHasAnswers() throws IOException {
        SurveyTemplate published = load(write(ID, "Exempel"));
        registry.register(folder, List.of(published));
        insertResponse(ID, 1);

        SurveyTemplate changed = load(write(ID, "Exempel med ändrad text"));
        SurveyTemplate unrelated = load(write(OTHER, "Annan"));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class,
                () -> registry.register(folder, List.of(unrelated, changed)));

        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(folder.resolve(ID + ".yaml")
                + ": version 1 of " + ID + " already has answers and its content changed (line 7 changed:"
                + " \"title: {sv: \"Exempel\", en: Example}\" is now \"title: {sv: \"Exempel med ändrad text\","
                + " en: Example}\"); publish it as version 2 in a new file and keep this one as it was");
        assertThat(e.getMessage()).startsWith("1 problem in survey templates:");
        assertThat(storedHash(ID, 1)).as("the published hash is kept").hasValue(published.contentHash());
        assertThat(storedHash(OTHER, 1)).as("nothing half-stored").isEmpty();
    }

    @Test
    void acceptsAnAnsweredVersionWhoseLineEndingsAloneChanged() throws IOException {
        Path file = write(ID, "Exempel");
        registry.register(folder, List.of(load(file)));
        insertResponse(ID, 1);
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        assertThat(registry.register(folder, List.of(load(file))).unchanged()).containsExactly(ID + "@1");
    }

    @Test
    void acceptsAVersionStoredWithTheHashOfItsRawBytesBeforeNormalisation() throws IOException {
        Path file = write(ID, "Exempel");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        registry.register(folder, List.of(load(file)));
        insertResponse(ID, 1);
        jdbc.sql("UPDATE survey_template_version SET content_hash = ?, content = NULL WHERE template_id = ?")
                .params(TemplateLoader.sha256(Files.readAllBytes(file)), ID).update();
        SurveyTemplate t = load(file);
        assertThat(registry.register(folder, List.of(t)).unchanged()).containsExactly(ID + "@1");
        assertThat(storedHash(ID, 1)).hasValue(t.contentHash());
    }

    @Test
    void refusesToRunWithoutTheFileOfAVersionThatOnlyInvitationsReferTo() throws IOException {
        registry.register(folder, List.of(load(write(ID, "Exempel"))));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO enquiry_invitation (case_id, project_id, school_id, wave, guardian_no, token_hash,
                            code_hash, language, template_id, template_version, created_at, created_by, expires_at)
                        VALUES (1, 1, 1, 'END', 1, REPEAT('a', 64), REPEAT('b', 64), 'sv', ?, 1, ?, 'test', ?)""")
                .params(ID, now, now).update();
        try {
            assertThatThrownBy(() -> registry.checkReferencedVersionsPresent(folder, catalog.all()))
                    .isInstanceOf(TemplateLoadException.class)
                    .hasMessageContaining(folder.resolve(ID + ".yaml") + ": version 1 of " + ID + " is still used by"
                            + " 1 invitations, but no file in the folder defines it; put the file with version 1 back");
        } finally {
            jdbc.sql("DELETE FROM enquiry_invitation WHERE template_id = ?").params(ID).update();
        }
    }

    @Test
    void describesWhichLinesChanged() {
        assertThat(TemplateVersionRegistry.describeChange("a\nb\nc\n", "a\nB\nc\n"))
                .isEqualTo("line 2 changed: \"b\" is now \"B\"");
        assertThat(TemplateVersionRegistry.describeChange("a\nb\nc\n", "a\nx\ny\nc\n"))
                .isEqualTo("lines 2-3 changed: \"b\" is now \"x\"");
        assertThat(TemplateVersionRegistry.describeChange("a\nb\nc\n", "a\nc\n")).isEqualTo("after line 1 changed: \"b\" is now nothing");
        assertThat(TemplateVersionRegistry.describeChange(null, "a")).contains("compare the file with version control");
    }

    @Test
    void refusesToRunWithoutTheFileOfAnAnsweredVersion() throws IOException {
        registry.register(folder, List.of(load(write(ID, "Exempel"))));
        insertResponse(ID, 1);
        assertThatThrownBy(() -> registry.checkReferencedVersionsPresent(folder, catalog.all()))
                .isInstanceOf(TemplateLoadException.class)
                .hasMessageContaining(folder.resolve(ID + ".yaml") + ": version 1 of " + ID
                        + " is still used by 1 responses, but no file in the folder defines it");
    }

    @Test
    void onlyAdministratorsAndCoordinatorsListTemplates() {
        TestLogin.login(users, "samtalsledare");
        assertThatThrownBy(() -> templates.list()).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> templates.get("parent-enquiry-start", 1)).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "samordnare");
        assertThat(templates.list()).extracting(TemplateListItem::id).containsSubsequence("focus-group-guide",
                "parent-enquiry-end", "parent-enquiry-start", "staff-rating-form");
        TemplateListItem staff = templates.list().stream().filter(t -> t.id().equals("staff-rating-form")).findFirst()
                .orElseThrow();
        assertThat(staff.waves()).containsExactly("START", "PERIODIC", "END");
        assertThat(staff.questionCount()).isEqualTo(6);
    }

    private Path write(String id, String title) throws IOException {
        String yaml = Files.readString(TemplateLoaderTest.EXAMPLES.resolve("minimal.yaml"))
                .replace("id: broken-example", "id: " + id)
                .replace("title: {sv: Exempel, en: Example}", "title: {sv: \"" + title + "\", en: Example}");
        return Files.writeString(folder.resolve(id + ".yaml"), yaml);
    }

    private SurveyTemplate load(Path file) {
        return loader.load(List.of(file)).templates().getFirst();
    }

    private Optional<String> storedHash(String id, int version) {
        return jdbc.sql("SELECT content_hash FROM survey_template_version WHERE template_id = ? AND version = ?")
                .params(id, version).query(String.class).optional();
    }

    private void insertResponse(String id, int version) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO survey_response (template_id, template_version, purpose, language, status,
                                                     started_at, updated_at)
                        VALUES (?, ?, 'TEST', 'sv', 'DRAFT', ?, ?)""")
                .params(id, version, now, now).update();
    }
}
