package se.uppfoljning.surveys;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link TemplateCatalog} at startup: loads and checks the shipped templates plus those in
 * {@code uppfoljning.surveys.template-dir} (see {@link TemplateSources}), then makes sure no answered version has changed. Any problem
 * stops the application with one message listing them all.
 */
@Configuration(proxyBeanMethods = false)
class SurveysConfig {

    private static final Logger log = LoggerFactory.getLogger(SurveysConfig.class);

    @Bean
    @DependsOnDatabaseInitialization
    TemplateCatalog templateCatalog(SurveysProperties properties, TemplateVersionRegistry registry) {
        long started = System.nanoTime();
        try (TemplateSources sources = TemplateSources.assemble(properties.templateDir())) {
            Path folder = sources.folder();
            try {
                TemplateLoader.Result result = TemplateLoader.forFolder(folder).loadFolder(folder);
                result.warnings().forEach(w -> log.warn("Survey template: {}", w.toString()
                        .replace(w.file(), sources.originalName(w.file()))));
                TemplateVersionRegistry.Registration registration = registry.register(folder, result.templates());
                registry.checkReferencedVersionsPresent(folder, result.templates());
                log.info("Loaded {} survey templates from {} in {} ms ({} new versions, {} changed drafts)",
                        result.templates().size(), sources.description(), (System.nanoTime() - started) / 1_000_000,
                        registration.added().size(), registration.draftsChanged().size());
                List<String> unreviewed = properties.unreviewedLanguagesForParents();
                result.templates().forEach(t -> t.languageDetails().stream().filter(l -> !l.reviewed()).forEach(l -> log.info(
                        "Survey template {}: the {} texts ({}) are not reviewed by a native speaker; parents see them {}",
                        t.key(), l.code(), l.sourceFile(), unreviewed.contains(l.code())
                                || unreviewed.contains(TemplateCatalog.ALL_LANGUAGES)
                                ? "(enabled by uppfoljning.surveys.unreviewed-languages-for-parents)" : "never")));
                return new TemplateCatalog(result.templates(), Set.copyOf(unreviewed));
            } catch (TemplateLoadException e) {
                throw sources.withOriginalNames(e);
            }
        }
    }
}
