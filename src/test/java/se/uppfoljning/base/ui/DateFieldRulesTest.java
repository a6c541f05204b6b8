package se.uppfoljning.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

/** Staff forms use {@link DateField}, so no date picker shows English month names or an unexplained red field. */
class DateFieldRulesTest {

    @Test
    void staffViewsCreateDateFieldsNotBareDatePickers() {
        noClasses().that().doNotHaveFullyQualifiedName(DateField.class.getName())
                // The parent form renders its own localised date questions (parent languages, not the staff bundle).
                .and().resideOutsideOfPackage("se.uppfoljning.surveys.form..")
                .should().callConstructor(DatePicker.class)
                .orShould().callConstructor(DatePicker.class, String.class)
                .because("staff date fields speak Swedish and explain the format (issue #13, item 27)")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("se.uppfoljning"));
    }
}
