package se.uppfoljning.surveys;

import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link TemplateCatalog} at startup: loads and checks every file in
 * {@code uppfoljning.surveys.template-dir}, then makes sure no answered version has changed. Any problem
 * stops the application with one message listing them all.
 */
@Configuration(proxyBeanMethods = false)
class SurveysConfig {

    private static final Logger log = LoggerFactory.getLogger(SurveysConfig.class);

    @Bean
    @DependsOnDatabaseInitialization
    TemplateCatalog templateCatalog(SurveysProperties properties, TemplateVersionRegistry registry) {
        long started = System.nanoTime();
        Path folder = properties.templateDir();
        TemplateLoader.Result result = TemplateLoader.forFolder(folder).loadFolder(folder);
        result.warnings().forEach(w -> log.warn("Survey template: {}", w));
        TemplateVersionRegistry.Registration registration = registry.register(folder, result.templates());
        registry.checkReferencedVersionsPresent(folder, result.templates());
        log.info("Loaded {} survey templates from {} in {} ms ({} new versions, {} changed drafts)",
                result.templates().size(), folder.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000,
                registration.added().size(), registration.draftsChanged().size());
        result.templates().forEach(t -> t.languageDetails().stream().filter(l -> !l.reviewed()).forEach(l -> log.info(
                "Survey template {}: the {} texts ({}) are not reviewed by a native speaker; parents see them {}",
                t.key(), l.code(), l.sourceFile(), properties.unreviewedLanguagesForParents().contains(l.code())
                        || properties.unreviewedLanguagesForParents().contains(TemplateCatalog.ALL_LANGUAGES)
                        ? "(enabled by uppfoljning.surveys.unreviewed-languages-for-parents)" : "never")));
        return new TemplateCatalog(result.templates(), Set.copyOf(properties.unreviewedLanguagesForParents()));
    }
}
