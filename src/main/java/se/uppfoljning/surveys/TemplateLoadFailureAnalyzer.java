package se.uppfoljning.surveys;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed template load into Spring Boot's short "APPLICATION FAILED TO START" report. */
class TemplateLoadFailureAnalyzer extends AbstractFailureAnalyzer<TemplateLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TemplateLoadException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the survey template files listed above (the format is"
                + " described in survey-templates/README.md) and start again.", cause);
    }
}
