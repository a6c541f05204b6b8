/**
 * Questionnaires defined as files in survey-templates/: the template model, the catalog that loads and
 * validates them at startup, the stored responses (answers per question with template id, version and
 * analysis key) and, in {@code form}, the one Vaadin renderer used for every template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package se.uppfoljning.surveys;
