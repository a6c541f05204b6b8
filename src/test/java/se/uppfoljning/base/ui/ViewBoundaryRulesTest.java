package se.uppfoljning.base.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import se.uppfoljning.cases.RetentionService;
import se.uppfoljning.surveys.ResponseService;

/**
 * {@link ResponseService} and {@link RetentionService} are public and {@code @PreAuthorize("permitAll()")}
 * because the features that use them (enquiries, ratings, the nightly retention job) check who may act before
 * calling them; they are documented as not for views. A view calling them would skip those checks (issue #18).
 * Views are public only where another package needs them (issue #18, item 5).
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

    /**
     * A route class is public only when code of another package refers to it (navigates to it, names it in the
     * security configuration); otherwise it stays package-private like the entities. The app still finds it:
     * Vaadin's Spring add-on scans for {@code @Route} with Spring's classpath scanner, which ignores visibility
     * (checked on the production jar by the browser tests, decision of 2026-12-01).
     */
    static ArchRule viewsArePublicOnlyWhenAnotherPackageNeedsThem(DescribedPredicate<? super JavaClass> views) {
        return classes().that(views).and().arePublic()
                .should(new ArchCondition<JavaClass>("be referred to from another package") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        boolean needed = view.getDirectDependenciesToSelf().stream()
                                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(view.getPackageName()));
                        if (!needed) {
                            events.add(SimpleConditionEvent.violated(view, view.getName()
                                    + " is public but no other package refers to it: make it package-private"));
                        }
                    }
                })
                .because("a view's class is its package's business unless another feature navigates to it");
    }

    @Test
    void viewsArePublicOnlyWhenAnotherPackageNeedsThem() {
        viewsArePublicOnlyWhenAnotherPackageNeedsThem(annotatedWith(Route.class)).check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.uppfoljning"));
    }

    @Test
    void theRuleCatchesAPublicViewNoOtherPackageNeeds() {
        assertThatThrownBy(() -> viewsArePublicOnlyWhenAnotherPackageNeedsThem(equivalentTo(UnneededPublicView.class))
                .check(new ClassFileImporter().importClasses(UnneededPublicView.class, ViolatingView.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UnneededPublicView is public");
    }

    /** Stands for a view (no {@code @Route}, so no test registers it) that only its own package uses. */
    public static final class UnneededPublicView {
    }

    /** Lives in a ui package (this test's) and calls the service directly, as a view must not. */
    static final class ViolatingView {
        Object read(ResponseService responses) {
            return responses.load(1L);
        }
    }
}
