package se.uppfoljning.surveys;

/**
 * One language a template is offered in.
 *
 * @param code ISO 639-1 code ("so")
 * @param reviewed whether a native speaker has checked every text (Swedish, the source language, always is);
 *                 parents see an unchecked language only when configured
 * @param sourceFile the file its texts come from: the template itself, or a language pack beside it
 *                   ({@code parent-enquiry-start.so.yaml})
 */
public record TemplateLanguage(String code, boolean reviewed, String sourceFile) {
}
