package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;

@IntegrationTest
class ReferenceDataAdminIntegrationTest {

    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String lastAudit(String action, String target) {
        return jdbc.sql("SELECT details FROM audit_entry WHERE action = ? AND target = ? ORDER BY seq DESC LIMIT 1")
                .params(action, target).query(String.class).single();
    }

    @Test
    void schoolsAndDistrictsAreAddedAndRenamedWithUniqueNamesAndAudited() {
        TestLogin.login(users, "admin-demo");
        SchoolItem district = reference.addDistrict("Förvaltning " + suffix());
        assertThat(reference.districts()).extracting(SchoolItem::id).contains(district.id());
        String name = "Skola " + suffix();
        SchoolItem school = reference.addSchool("  " + name + " ", district.id());
        assertThat(school.name()).isEqualTo(name);
        assertThat(school.districtId()).isEqualTo(district.id());
        assertThat(lastAudit("SCHOOL_CREATED", "school:" + school.id())).isEqualTo(name + ", district:" + district.id());

        assertField(() -> reference.addSchool(name.toUpperCase(), district.id()), "name",
                "cases.reference.error.school-name-taken");
        assertField(() -> reference.addSchool("Skola " + suffix(), 999_999L), "districtId",
                "cases.reference.error.district-unknown");
        assertField(() -> reference.addSchool(" ", district.id()), "name", "base.error.required");
        assertField(() -> reference.addSchool("x".repeat(121), district.id()), "name", "base.error.too-long");
        assertField(() -> reference.renameSchool(school.id(), "Sätraskolan"), "name",
                "cases.reference.error.school-name-taken");

        String renamed = "Omdöpt " + suffix();
        assertThat(reference.renameSchool(school.id(), renamed).name()).isEqualTo(renamed);
        assertThat(lastAudit("SCHOOL_RENAMED", "school:" + school.id())).isEqualTo(name + " -> " + renamed);
        // Renaming to its own name (other case) is fine.
        assertThat(reference.renameSchool(school.id(), renamed.toLowerCase()).name()).isEqualTo(renamed.toLowerCase());

        assertField(() -> reference.addDistrict("farsta"), "name", "cases.reference.error.district-name-taken");
        assertField(() -> reference.renameDistrict(district.id(), "Farsta"), "name",
                "cases.reference.error.district-name-taken");
        String newDistrictName = "Ny förvaltning " + suffix();
        reference.renameDistrict(district.id(), newDistrictName);
        assertThat(reference.schools()).filteredOn(s -> s.id() == school.id())
                .extracting(SchoolItem::districtName).containsExactly(newDistrictName);
        assertThat(lastAudit("DISTRICT_RENAMED", "district:" + district.id())).endsWith(" -> " + newDistrictName);
    }

    @Test
    void projectsAreCreatedAndUpdatedWithUniqueNamesAndAudited() {
        TestLogin.login(users, "admin-demo");
        String name = "Projekt " + suffix();
        ProjectListItem created = reference.createProject(project(" " + name + " "));
        assertThat(created.name()).isEqualTo(name);
        assertThat(lastAudit("PROJECT_CREATED", "project:" + created.id())).isEqualTo(name);
        assertField(() -> reference.createProject(project(name.toUpperCase())), "name",
                "cases.project.error.name-taken");

        ProjectListItem other = reference.createProject(project("Projekt " + suffix()));
        assertField(() -> reference.updateProject(other.id(), project(name.toLowerCase()), other.version()), "name",
                "cases.project.error.name-taken");
        // Keeping its own name (other case) is fine.
        ProjectListItem updated = reference.updateProject(created.id(), project(name.toLowerCase()), created.version());
        assertThat(updated.name()).isEqualTo(name.toLowerCase());
        assertThat(lastAudit("PROJECT_UPDATED", "project:" + created.id())).isEqualTo(name.toLowerCase());
    }

    private static ProjectData project(String name) {
        return new ProjectData(name, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 6, 30), "",
                java.math.BigDecimal.ZERO, 20, 36, java.util.Set.of());
    }

    @Test
    void onlyAdministratorsChangeReferenceData() {
        TestLogin.login(users, "samordnare");
        long farsta = reference.districts().stream().filter(d -> d.name().equals("Farsta")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> reference.addSchool("Skola " + suffix(), farsta)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.addDistrict("X " + suffix())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.projectsForAdmin()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.setTargetGroup(1L, "2025/26", 3)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
