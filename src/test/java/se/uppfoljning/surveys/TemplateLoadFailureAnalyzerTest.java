package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class TemplateLoadFailureAnalyzerTest {

    @Test
    void reportsEveryTemplateProblemWhenStartupFails() {
        TemplateLoadException cause = new TemplateLoadException(List.of(
                new TemplateProblem("survey-templates/a.yaml", 3, 7, "/kind", "does not have a value in the enumeration"),
                new TemplateProblem("survey-templates/b.yaml", 0, 0, "", "version 1 of b already has answers")));
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .as("registered in META-INF/spring.factories").contains(TemplateLoadFailureAnalyzer.class.getName());
        FailureAnalyzer analyzer = new TemplateLoadFailureAnalyzer();

        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("templateCatalog", "failed", cause));

        assertThat(analysis.getDescription()).isEqualTo("""
                2 problems in survey templates:
                  survey-templates/a.yaml:3:7: /kind: does not have a value in the enumeration
                  survey-templates/b.yaml: version 1 of b already has answers""");
        assertThat(analysis.getAction()).contains("survey-templates/README.md");
    }
}
