package se.uppfoljning.base.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import se.uppfoljning.cases.RetentionService;
import se.uppfoljning.surveys.ResponseService;

/**
 * {@link ResponseService} and {@link RetentionService} are public and {@code @PreAuthorize("permitAll()")}
 * because the features that use them (enquiries, ratings, the nightly retention job) check who may act before
 * calling them; they are documented as not for views. A view calling them would skip those checks (issue #18).
 */
class ViewBoundaryRulesTest {

    private static final ArchRule VIEWS_DO_NOT_CALL_UNCHECKED_SERVICES = noClasses()
            .that().resideInAPackage("se.uppfoljning..ui..")
            .should().accessClassesThat(equivalentTo(ResponseService.class).or(equivalentTo(RetentionService.class)))
            .because("these services check no role or scope; views go through the feature service that does");

    @Test
    void viewsDoNotCallServicesThatCheckNoRole() {
        VIEWS_DO_NOT_CALL_UNCHECKED_SERVICES.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.uppfoljning"));
    }

    @Test
    void theRuleCatchesAViewThatCallsResponseService() {
        assertThatThrownBy(() -> VIEWS_DO_NOT_CALL_UNCHECKED_SERVICES.check(
                new ClassFileImporter().importClasses(ViolatingView.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ResponseService.load");
    }

    /** Lives in a ui package (this test's) and calls the service directly, as a view must not. */
    static final class ViolatingView {
        Object read(ResponseService responses) {
            return responses.load(1L);
        }
    }
}
